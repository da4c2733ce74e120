package org.peacedirectory.submission;

/**
 * The submitter sent a corrected proposal: registered by {@link Submission#resubmit}, published when the
 * submission is saved, inside that transaction, so that the moderation log records it in the same one.
 */
public record SubmissionResubmitted(long submissionId) {}
