package org.peacedirectory.organisation;

/** Only published profiles are public; archived ones are kept for the record. */
public enum PublicationStatus {
    PUBLISHED,
    ARCHIVED
}
