package org.peacedirectory.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.ProfileContent;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A proposed new organisation or change, kept apart from the published profiles until a moderator decides;
 * the proposal is a JSON document (see JsonColumns), compared field by field and queried in SQL. It registers
 * its events ({@link SubmissionReceived}, {@link SubmissionDecided} when the submitter is told of a decision,
 * {@link SubmissionResubmitted}), which Spring Data publishes when it is saved: never left to dirty checking.
 */
@Entity
@Table(name = "submission")
public class Submission extends AbstractAggregateRoot<Submission> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SubmissionKind kind;

    /** The profile a change is for; null for a new organisation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubmissionStatus status = SubmissionStatus.PENDING;

    /** Public reference quoted in messages, e.g. PD-2026-000042. */
    @Column(name = "reference", nullable = false, unique = true)
    private String reference;

    /** Secret, unguessable: whoever has it can follow the submission. */
    @Column(name = "tracking_token", nullable = false, unique = true)
    private String trackingToken;

    /** Identifies the rendered form, so that sending it twice stores it once. */
    @Column(name = "form_token", nullable = false, unique = true)
    private String formToken;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposal", nullable = false)
    private ProfileContent proposal;

    @Column(name = "logo_token")
    private @Nullable String logoToken;

    @Embedded
    private Submitter submitter;

    /** Null while no moderator works on it. */
    @Embedded
    private @Nullable Claim claim;

    /** Null until a moderator decides (and again once a request for changes is answered). */
    @Embedded
    private @Nullable Decision decision;

    /** The proposal's revision: 1 as submitted, one more for each edit or resubmission. */
    /** Sent by the organisation itself, signed in (its claim accepted): marked, and first in the queue. */
    @Column(name = "from_organisation", nullable = false)
    private boolean fromOrganisation;

    @Column(name = "revision", nullable = false)
    private int revision = 1;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Submission() {}

    /** A new organisation's submission, or with the profile it changes a change's. */
    Submission(
            @Nullable Organisation organisation,
            String reference,
            String trackingToken,
            String formToken,
            ProfileContent proposal,
            @Nullable String logoToken,
            Submitter submitter,
            boolean fromOrganisation,
            Instant now) {
        this.kind = organisation == null ? SubmissionKind.NEW_ORGANISATION : SubmissionKind.CHANGE;
        this.organisation = organisation;
        this.reference = reference;
        this.trackingToken = trackingToken;
        this.formToken = formToken;
        this.proposal = proposal;
        this.logoToken = logoToken;
        this.submitter = submitter;
        this.fromOrganisation = fromOrganisation;
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new SubmissionReceived(reference));
    }

    /** A moderator takes the submission; true when it was someone else's (a take-over, which is logged). */
    public boolean claim(long moderatorId, Instant now) {
        status.requireOneOf("claimed", SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED);
        boolean takeOver = claim != null && claim.moderatorId() != moderatorId;
        claim = new Claim(moderatorId, now);
        updatedAt = now;
        return takeOver;
    }

    /** A moderator's edit of the proposal, kept as a new revision. */
    public void revise(ProfileContent newProposal, Instant now) {
        status.requireOneOf("edited", SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED);
        proposal = newProposal;
        revision++;
        updatedAt = now;
    }

    public void approve(long moderatorId, Instant now) {
        status.requireOneOf("approved", SubmissionStatus.PENDING);
        decide(SubmissionStatus.APPROVED, moderatorId, null, null, now);
    }

    public void reject(long moderatorId, DecisionReason reason, @Nullable String message, Instant now) {
        status.requireOneOf("rejected", SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED);
        decide(SubmissionStatus.REJECTED, moderatorId, reason, message, now);
    }

    public void requestChanges(long moderatorId, String message, Instant now) {
        status.requireOneOf("sent back for changes", SubmissionStatus.PENDING);
        decide(SubmissionStatus.CHANGES_REQUESTED, moderatorId, null, message, now);
    }

    public void markAsSpam(long moderatorId, Instant now) {
        status.requireOneOf("marked as spam", SubmissionStatus.PENDING, SubmissionStatus.CHANGES_REQUESTED);
        decide(SubmissionStatus.SPAM, moderatorId, null, null, now);
    }

    /** The submitter's corrected proposal after a request for changes: back in the queue. */
    void resubmit(ProfileContent newProposal, Instant now) {
        status.requireOneOf("resubmitted", SubmissionStatus.CHANGES_REQUESTED);
        proposal = newProposal;
        revision++;
        status = SubmissionStatus.PENDING;
        claim = null;
        // The earlier request for changes is answered; the log keeps it.
        decision = null;
        updatedAt = now;
        registerEvent(new SubmissionResubmitted(id));
    }

    void replaceLogo(String newLogoToken) {
        logoToken = newLogoToken;
    }

    private void decide(
            SubmissionStatus outcome,
            long moderatorId,
            @Nullable DecisionReason reason,
            @Nullable String message,
            Instant now) {
        status = outcome;
        decision = new Decision(moderatorId, now, reason, message);
        updatedAt = now;
        if (outcome != SubmissionStatus.SPAM) { // a spammer is told nothing
            registerEvent(new SubmissionDecided(id, outcome, revision));
        }
    }

    public @Nullable Long getClaimedById() {
        return claim == null ? null : claim.moderatorId();
    }

    /** The moderators' last decision, or {@link Decision#NONE} (every part null) before they take one. */
    public Decision getDecision() {
        return decision == null ? Decision.NONE : decision;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public @Nullable Organisation getOrganisation() {
        return organisation;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getReference() {
        return reference;
    }

    public String getTrackingToken() {
        return trackingToken;
    }

    public ProfileContent getProposal() {
        return proposal;
    }

    public @Nullable String getLogoToken() {
        return logoToken;
    }

    public @Nullable String getNoteToModerators() {
        return submitter.getNoteToModerators();
    }

    public Submitter getSubmitter() {
        return submitter;
    }

    public boolean isFromOrganisation() {
        return fromOrganisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
