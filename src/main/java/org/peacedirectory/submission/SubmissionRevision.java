package org.peacedirectory.submission;

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
import org.peacedirectory.organisation.ProfileContent;

/** One version of a proposal: as submitted, as a moderator edited it, as resubmitted. */
@Entity
@Immutable
@Table(name = "submission_revision")
public class SubmissionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "number", nullable = false)
    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposal", nullable = false)
    private ProfileContent proposal;

    /** The moderator who edited it; null when the submitter wrote it. */
    @Column(name = "edited_by")
    private @Nullable Long editedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionRevision() {}

    public SubmissionRevision(Submission submission, @Nullable Long editedBy, Instant createdAt) {
        this.submissionId = submission.getId();
        this.number = submission.getRevision();
        this.proposal = submission.getProposal();
        this.editedBy = editedBy;
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public @Nullable Long getEditedBy() {
        return editedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
