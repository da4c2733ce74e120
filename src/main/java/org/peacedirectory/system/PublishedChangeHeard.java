package org.peacedirectory.system;

/**
 * A change of published data heard by this instance's {@link PublishedChangesListener}, after its
 * {@link PublishedDataCaches} were forgotten: published on the listener's thread for whatever else keeps
 * or indexes published data (the search). {@code organisationId} is the organisation that changed, or 0
 * when anything may have changed (a rebuild of the search index, or the listener heard again after its
 * connection was lost, when changes may have been missed); {@code elsewhere} says whether another instance
 * made the change (this one has already done what follows from its own).
 */
public record PublishedChangeHeard(long organisationId, boolean elsewhere) {}
