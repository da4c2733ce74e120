package org.peacedirectory.submission;

/** How the submitter knows the organisation. */
public enum Relationship {
    STAFF,
    MEMBER,
    VOLUNTEER,
    PARTNER,
    RESEARCHER,
    OTHER
}
