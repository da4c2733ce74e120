package org.peacedirectory.organisation;

/**
 * A published profile was created or changed (its content, or its badge). Registered by the organisation
 * itself ({@link DirectoryEntry}) and published when it is saved, inside the moderator's transaction;
 * whatever keeps copies of public data (counts, search results) forgets them after the commit. Also
 * published with id 0 by the search index's rebuild, which changes no profile but everything read from
 * the index.
 */
public record PublishedProfileChanged(long organisationId) {}
