package org.peacedirectory.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Someone's claim that a profile is their organisation's: who (name, role, an email at the organisation's
 * web domain), in which language to write to them, and where it stands ({@link ClaimStatus}). The status
 * changes only through the guarded moves here ({@link #confirm}, {@link #accept}, {@link #reject},
 * {@link #revoke}), which throw {@link IllegalClaimTransitionException} on any other. The confirmation
 * link's token is not stored: only its hash, and the salt it is made from ({@link ClaimTokens}).
 */
@Entity
@Table(name = "profile_claim")
public class ProfileClaim extends AbstractAggregateRoot<ProfileClaim> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "claimant_name", nullable = false)
    private String claimantName;

    @Column(name = "claimant_role", nullable = false)
    private String claimantRole;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ClaimStatus status = ClaimStatus.PENDING_CONFIRMATION;

    /** The sent form's key (bound to the visitor): a second click finds this claim instead of making one. */
    @Column(name = "form_key", nullable = false, unique = true)
    private String formKey;

    @Column(name = "ip_hash", nullable = false)
    private String ipHash;

    @Column(name = "confirmation_salt", nullable = false)
    private String confirmationSalt;

    @Column(name = "confirmation_hash", nullable = false, unique = true)
    private String confirmationHash;

    @Column(name = "confirmation_expires_at", nullable = false)
    private Instant confirmationExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ProfileClaim() {}

    @SuppressWarnings("NullAway.Init") // the id comes with the insert
    ProfileClaim(
            Organisation organisation,
            Claimant claimant,
            String formKey,
            String ipHash,
            ClaimTokens.Issued confirmation,
            Instant confirmationExpiresAt,
            Instant now) {
        this.organisation = organisation;
        this.claimantName = claimant.name();
        this.claimantRole = claimant.role();
        this.email = claimant.email();
        this.language = claimant.language();
        this.formKey = formKey;
        this.ipHash = ipHash;
        this.confirmationSalt = confirmation.salt();
        this.confirmationHash = confirmation.hash();
        this.confirmationExpiresAt = confirmationExpiresAt;
        this.createdAt = now;
    }

    /** Who claims, as the form gave it (checked already). */
    record Claimant(String name, String role, String email, String language) {}

    /** The claimant followed the link in time. */
    void confirm(Instant now) {
        move(ClaimStatus.CONFIRMED);
        confirmedAt = now;
    }

    /** A moderator accepted the confirmed claim. */
    public void accept(long moderatorId, Instant now) {
        move(ClaimStatus.ACCEPTED);
        decidedAt = now;
        decidedBy = moderatorId;
    }

    /** A moderator rejected the confirmed claim. */
    public void reject(long moderatorId, Instant now) {
        move(ClaimStatus.REJECTED);
        decidedAt = now;
        decidedBy = moderatorId;
    }

    /** A moderator revoked the accepted claim: its people can no longer sign in. */
    public void revoke(long moderatorId, Instant now) {
        move(ClaimStatus.REVOKED);
        revokedAt = now;
        revokedBy = moderatorId;
    }

    private void move(ClaimStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalClaimTransitionException(status, next);
        }
        status = next;
    }

    /** Whether its link has expired (a claim left unconfirmed stays so). */
    boolean confirmationExpired(Instant now) {
        return now.isAfter(confirmationExpiresAt);
    }

    /** The claim as a moderation log line names it: its number, who, their role. */
    public String describe() {
        return "claim " + id + " by " + claimantName + " (" + claimantRole + ")";
    }

    /** Registers an event, published when the claim is next saved through its repository. */
    void announce(Object event) {
        registerEvent(event);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getClaimantName() {
        return claimantName;
    }

    public String getClaimantRole() {
        return claimantRole;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    String getFormKey() {
        return formKey;
    }

    String getConfirmationSalt() {
        return confirmationSalt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
