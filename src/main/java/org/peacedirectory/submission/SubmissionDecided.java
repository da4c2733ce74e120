package org.peacedirectory.submission;

/**
 * A moderator approved a submission, rejected it or sent it back for changes (marking it as spam tells
 * nobody): registered by {@link Submission}'s transition, published when the submission is saved. The
 * revision and outcome name this decision among the submission's others (a revision gets at most one of
 * each), so that its mail is sent once.
 */
public record SubmissionDecided(long submissionId, SubmissionStatus outcome, int revision) {}
