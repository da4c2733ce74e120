package org.peacedirectory.submission;

/** A submission proposes a new organisation or a change to a published one. */
public enum SubmissionKind {
    NEW_ORGANISATION,
    CHANGE
}
