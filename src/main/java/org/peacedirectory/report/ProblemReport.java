package org.peacedirectory.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reader's report of a problem with a published profile (table {@code problem_report}, V24): why, what
 * they saw, and where to answer them if they wish. Made only from a valid {@link ReportForm}; a moderator
 * then resolves or dismisses it with a note, through the guarded moves below.
 */
@Entity
@Table(name = "problem_report")
public class ProblemReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private ReportReason reason;

    @Column(name = "details", nullable = false, updatable = false)
    private String details;

    @Column(name = "reply_email", updatable = false)
    private @Nullable String replyEmail;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Column(name = "form_key", nullable = false, updatable = false, unique = true)
    private String formKey;

    @Column(name = "ip_hash", nullable = false, updatable = false)
    private String ipHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decision_note")
    private @Nullable String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProblemReport() {}

    ProblemReport(
            long organisationId,
            ReportReason reason,
            String details,
            @Nullable String replyEmail,
            String language,
            String formKey,
            String ipHash,
            Instant createdAt) {
        this.organisationId = organisationId;
        this.reason = reason;
        this.details = details;
        this.replyEmail = replyEmail;
        this.language = language;
        this.formKey = formKey;
        this.ipHash = ipHash;
        this.createdAt = createdAt;
    }

    /** The moderator acted on the report. */
    public void resolve(long moderatorId, String note, Instant now) {
        decide(ReportStatus.RESOLVED, moderatorId, note, now);
    }

    /** The moderator found nothing to do. */
    public void dismiss(long moderatorId, String note, Instant now) {
        decide(ReportStatus.DISMISSED, moderatorId, note, now);
    }

    private void decide(ReportStatus next, long moderatorId, String note, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalReportTransitionException(id, status, next);
        }
        status = next;
        decidedBy = moderatorId;
        decidedAt = now;
        decisionNote = note;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public boolean isUrgent() {
        return reason.isUrgent();
    }

    public String getDetails() {
        return details;
    }

    public @Nullable String getReplyEmail() {
        return replyEmail;
    }

    public String getLanguage() {
        return language;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Long getDecidedBy() {
        return decidedBy;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }

    String getFormKey() {
        return formKey;
    }
}
