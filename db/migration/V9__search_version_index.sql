-- The search index's check for changes made elsewhere (count and sum of search_version over published
-- rows, every directory.search.cache-lifetime) reads this index alone instead of every row.
CREATE INDEX ix_organisation_published_search_version ON organisation (search_version)
    WHERE publication_status = 'PUBLISHED';
