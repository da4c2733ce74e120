package org.peacedirectory.submission;

/** The standard reasons for not publishing a submission; the moderator may add their own words. */
public enum DecisionReason {
    NOT_PEACEBUILDING,
    DUPLICATE,
    CANNOT_VERIFY,
    INCOMPLETE,
    INAPPROPRIATE,
    OTHER
}
