package org.peacedirectory.moderationlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only moderation log: who did what to which submission, organisation or
 * account, when and why. The database refuses any update or delete.
 */
@Entity
@Immutable
@Table(name = "moderation_log")
public class ModerationLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** Null for what the application does by itself (e.g. the first admin account). */
    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private ModerationAction action;

    @Column(name = "submission_id")
    private @Nullable Long submissionId;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "reason")
    private @Nullable String reason;

    protected ModerationLogEntry() {}

    ModerationLogEntry(
            Instant at,
            @Nullable Long actorId,
            String actorName,
            ModerationAction action,
            @Nullable Long submissionId,
            @Nullable Long organisationId,
            @Nullable Long accountId,
            @Nullable String reason) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.submissionId = submissionId;
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public ModerationAction getAction() {
        return action;
    }

    public @Nullable Long getSubmissionId() {
        return submissionId;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
