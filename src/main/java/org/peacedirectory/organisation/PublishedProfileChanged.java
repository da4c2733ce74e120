package org.peacedirectory.organisation;

/**
 * A published profile was created or changed. Announced inside the moderator's transaction; whatever
 * keeps copies of public data (the search index, counts) listens after the commit and forgets them.
 */
public record PublishedProfileChanged(long organisationId) {
}
