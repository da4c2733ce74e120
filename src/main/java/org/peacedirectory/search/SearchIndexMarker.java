package org.peacedirectory.search;

import org.jspecify.annotations.Nullable;

/**
 * Remembers which version of the mapping built the search index (the mass indexer's last complete run),
 * and lets one builder at a time build it. Where depends on the backend: a local Lucene index keeps its
 * marker in a file next to itself ({@link LocalIndexMarker}); an index shared by several instances on an
 * Elasticsearch/OpenSearch cluster keeps it in PostgreSQL, with an advisory lock so that one instance
 * builds while the others serve ({@link SharedIndexMarker}).
 */
interface SearchIndexMarker {

    /** The version that built the index, or null when none finished building it. */
    @Nullable
    String mappingVersion();

    /** Marks the index as completely built by this version. */
    void remember(String version);

    /** Forgets the marker: a build that stops half-way (the app killed) leaves none, so it is built again. */
    void forget();

    /** Where the index was looked for, for the log. */
    String description();

    /** The right to build the index now, or null when another instance holds it. */
    @Nullable
    BuildLock tryLock();

    /** Held for a whole build, released when it ends (however it ends). */
    interface BuildLock {
        void release();
    }
}
