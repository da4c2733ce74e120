package org.peacedirectory.submission;

/**
 * Published once a submission is stored; the acknowledgement mail waits for the commit and needs
 * nothing else from the database.
 */
record SubmissionReceived(String reference, String submitterName, String submitterEmail, String language,
        String trackingUrl) {
}
