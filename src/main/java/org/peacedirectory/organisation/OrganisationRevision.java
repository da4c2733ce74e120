package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One published state of a profile: what it said, who approved it, from which submission. */
@Entity
@Immutable
@Table(name = "organisation_revision")
public class OrganisationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "number", nullable = false)
    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "snapshot", nullable = false)
    private ProfileContent snapshot;

    /** Null for the state a profile had before the directory kept revisions (e.g. demo data). */
    @Column(name = "approved_by")
    private @Nullable Long approvedBy;

    @Column(name = "submission_id")
    private @Nullable Long submissionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrganisationRevision() {}

    OrganisationRevision(
            Long organisationId,
            int number,
            ProfileContent snapshot,
            @Nullable Long approvedBy,
            @Nullable Long submissionId,
            Instant createdAt) {
        this.organisationId = organisationId;
        this.number = number;
        this.snapshot = snapshot;
        this.approvedBy = approvedBy;
        this.submissionId = submissionId;
        this.createdAt = createdAt;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getNumber() {
        return number;
    }

    public ProfileContent getSnapshot() {
        return snapshot;
    }

    public @Nullable Long getApprovedBy() {
        return approvedBy;
    }

    public @Nullable Long getSubmissionId() {
        return submissionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
