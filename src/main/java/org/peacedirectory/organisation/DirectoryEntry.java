package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * What the directory keeps about an organisation's entry, as opposed to what the organisation says about
 * itself ({@link Organisation}): its address (the slug), whether it is published, whether moderators have
 * verified it, whether it is sample data, and when it was created and last changed. Columns of the
 * {@code organisation} table.
 * <p>
 * A change readers see (published with new content, verified or not) announces itself: Spring Data
 * publishes {@link PublishedProfileChanged} when the organisation is next saved through its repository (a
 * change left to dirty checking announces nothing). The event is made at that moment, because a new
 * organisation has no id before its insert.
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

    /** A change readers see, not yet announced. */
    @Transient
    private boolean changeToAnnounce;

    protected DirectoryEntry() {}

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
        changeToAnnounce = true;
    }

    /** Moderators confirmed that the organisation exists and that the profile is accurate. */
    public void verify(String byModerator, Instant now) {
        verificationStatus = VerificationStatus.VERIFIED;
        verifiedBy = byModerator;
        verifiedAt = now;
        changeToAnnounce = true; // the badge shows, and is a search filter
    }

    public void unverify() {
        verificationStatus = VerificationStatus.NOT_VERIFIED;
        verifiedBy = null;
        verifiedAt = null;
        changeToAnnounce = true;
    }

    @DomainEvents
    List<PublishedProfileChanged> changesToAnnounce() {
        return changeToAnnounce ? List.of(new PublishedProfileChanged(id)) : List.of();
    }

    @AfterDomainEventPublication
    void changesAnnounced() {
        changeToAnnounce = false;
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
