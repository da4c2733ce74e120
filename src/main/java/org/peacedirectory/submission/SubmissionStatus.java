package org.peacedirectory.submission;

import java.util.Arrays;

/** Where a submission stands; only moderators move it on from {@link #PENDING}. */
public enum SubmissionStatus {
    PENDING,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    SPAM;

    /** Lets a submission in this status be {@code move}d only if the status is one of {@code allowed}. */
    void requireOneOf(String move, SubmissionStatus... allowed) {
        if (!Arrays.asList(allowed).contains(this)) {
            throw new IllegalTransitionException(this, move);
        }
    }
}
