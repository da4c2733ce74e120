package org.peacedirectory.submission;

/**
 * A submission was stored: registered by a new {@link Submission}, published when it is saved. It names
 * the submission by its reference (its id is not known before the insert); the acknowledgement mail reads
 * the rest after the commit, so no personal data waits in the event publication registry.
 */
record SubmissionReceived(String reference) {}
