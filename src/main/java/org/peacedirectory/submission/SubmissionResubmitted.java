package org.peacedirectory.submission;

/**
 * Published inside the transaction in which a submitter sends a corrected proposal, so that the
 * moderation log records it in that same transaction.
 */
public record SubmissionResubmitted(long submissionId) {
}
