package org.peacedirectory.submission;

/** Where a submission stands; only moderators move it on from {@link #PENDING}. */
public enum SubmissionStatus {
    PENDING, CHANGES_REQUESTED, APPROVED, REJECTED, SPAM
}
