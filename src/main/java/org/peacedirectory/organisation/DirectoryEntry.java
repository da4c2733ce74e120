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
 * itself ({@link Organisation}): its address (the slug), whether it is published, how far it has been
 * verified (its {@link VerificationLevel}, when and by which moderator account), whether it is sample data,
 * and when it was created and last changed. Columns of the {@code organisation} table.
 * <p>
 * The verification level changes only through its guarded moves ({@link #confirmExistence},
 * {@link #reverify}, {@link #confirmByOrganisation}, {@link #withdrawVerification}); any other move throws
 * {@link IllegalVerificationTransitionException} and changes nothing.
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
    @Column(name = "verification_level", nullable = false)
    private VerificationLevel verificationLevel = VerificationLevel.NOT_YET_VERIFIED;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    /** The moderator account that gave the current level (none for demo data); never published. */
    @Column(name = "verified_by")
    private @Nullable Long verifiedBy;

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

    /** A change readers see that is not new content (its safety settings): announced when saved. */
    protected void announceChange() {
        changeToAnnounce = true;
    }

    /**
     * A moderator found independent sources that the organisation exists: a profile not yet verified
     * becomes {@link VerificationLevel#EXISTENCE_CONFIRMED}. A confirmed profile is checked again with
     * {@link #reverify} instead (confirming the existence of a profile its organisation confirmed would
     * lower it).
     */
    public void confirmExistence(long moderatorId, Instant now) {
        require(verificationLevel == VerificationLevel.NOT_YET_VERIFIED, "confirm the existence of");
        verified(VerificationLevel.EXISTENCE_CONFIRMED, moderatorId, now);
    }

    /** A moderator checked a confirmed profile again: same level, from now, by them. */
    public void reverify(long moderatorId, Instant now) {
        require(verificationLevel.confirmed(), "verify again");
        verified(verificationLevel, moderatorId, now);
    }

    /**
     * The organisation itself confirmed its profile (its claim accepted by that moderator): from any level,
     * and again to renew it.
     */
    public void confirmByOrganisation(long moderatorId, Instant now) {
        verified(VerificationLevel.CONFIRMED_BY_ORGANISATION, moderatorId, now);
    }

    /** Back to not yet verified, forgetting when and by whom: only a confirmed profile. */
    public void withdrawVerification() {
        require(verificationLevel.confirmed(), "withdraw the verification of");
        verificationLevel = VerificationLevel.NOT_YET_VERIFIED;
        verifiedBy = null;
        verifiedAt = null;
        changeToAnnounce = true;
    }

    private void verified(VerificationLevel level, long moderatorId, Instant now) {
        verificationLevel = level;
        verifiedBy = moderatorId;
        verifiedAt = now;
        changeToAnnounce = true; // the badge shows, and is a search filter
    }

    private void require(boolean allowed, String move) {
        if (!allowed) {
            throw new IllegalVerificationTransitionException(verificationLevel, move);
        }
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

    public VerificationLevel getVerificationLevel() {
        return verificationLevel;
    }

    public @Nullable Instant getVerifiedAt() {
        return verifiedAt;
    }

    public @Nullable Long getVerifiedBy() {
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
