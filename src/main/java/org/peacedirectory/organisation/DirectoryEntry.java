package org.peacedirectory.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * What the directory keeps about an organisation's entry, as opposed to what the organisation says about
 * itself ({@link Organisation}): its address (the slug), whether it is published, whether moderators have
 * verified it, whether it is sample data, and when it was created and last changed. Columns of the
 * {@code organisation} table.
 */
@MappedSuperclass
public abstract class DirectoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    private VerificationStatus verificationStatus = VerificationStatus.NOT_VERIFIED;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Column(name = "verified_by")
    private @Nullable String verifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_status", nullable = false)
    private PublicationStatus publicationStatus = PublicationStatus.PUBLISHED;

    /** Fictional sample data, shown as such. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DirectoryEntry() {
    }

    /** A new entry at that address, created now. */
    protected DirectoryEntry(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The profile was (re)published with new content at that time. */
    protected void markPublished(Instant now) {
        publicationStatus = PublicationStatus.PUBLISHED;
        updatedAt = now;
    }

    /** Moderators confirmed that the organisation exists and that the profile is accurate. */
    public void verify(String byModerator, Instant now) {
        verificationStatus = VerificationStatus.VERIFIED;
        verifiedBy = byModerator;
        verifiedAt = now;
    }

    public void unverify() {
        verificationStatus = VerificationStatus.NOT_VERIFIED;
        verifiedBy = null;
        verifiedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public long getVersion() {
        return version;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public @Nullable Instant getVerifiedAt() {
        return verifiedAt;
    }

    public @Nullable String getVerifiedBy() {
        return verifiedBy;
    }

    public PublicationStatus getPublicationStatus() {
        return publicationStatus;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
