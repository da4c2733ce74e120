package org.peacedirectory.moderation;

/** Published when a decision is committed; the submitter may be told by mail. */
record SubmissionDecided(long submissionId) {
}
