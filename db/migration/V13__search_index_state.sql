-- The shared search index's state (Elasticsearch/OpenSearch backend, setting directory.search.url): which
-- version of the mapping built the index, written by the instance that built it when its mass indexing
-- ends, read by every instance at start. A local Lucene index keeps this marker in a file next to itself
-- instead; with a shared index it must be shared too, or every instance started with an empty local
-- directory would rebuild the index of all the others. One row per index. Which instance builds is decided
-- by a PostgreSQL advisory lock, not by this table (see SearchIndexing).
CREATE TABLE search_index_state (
    index_name      varchar(100)             NOT NULL PRIMARY KEY,
    mapping_version varchar(20)              NOT NULL,
    built_at        timestamp with time zone NOT NULL
);
