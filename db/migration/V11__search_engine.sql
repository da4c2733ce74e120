-- Search moved to Hibernate Search (issue 12): its index is built from the entities, so what existed
-- only to feed the in-memory engine goes: the search document and names for trigrams, the activity
-- levels and last activity year (now index fields), the change counter the engine polled, and the
-- functions that split a reader's words. Kept: country_codes and theme_slugs, which related
-- organisations, the /countries and /themes counts and the sitemap read, still kept current by
-- refresh_organisation_search().

DROP TRIGGER organisation_search_version ON organisation;
DROP FUNCTION next_search_version();
ALTER TABLE organisation DROP COLUMN search_version; -- and ix_organisation_published_search_version
DROP SEQUENCE organisation_search_version;

DROP FUNCTION search_words(text);
DROP FUNCTION search_query(text);

-- Their indexes (ix_organisation_search_document, ix_organisation_name_search_trgm,
-- ix_organisation_activity_levels, ix_organisation_last_activity_year) go with them.
ALTER TABLE organisation
    DROP COLUMN search_document,
    DROP COLUMN name_search,
    DROP COLUMN activity_levels,
    DROP COLUMN last_activity_year;

CREATE OR REPLACE FUNCTION refresh_organisation_search(organisation_ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
    UPDATE organisation o SET
        country_codes = ARRAY(SELECT o.country_code
                              UNION SELECT c.country_code FROM organisation_country c WHERE c.organisation_id = o.id),
        theme_slugs = ARRAY(SELECT th.theme_slug FROM organisation_theme th WHERE th.organisation_id = o.id)
    WHERE o.id = ANY (organisation_ids)
    $$;

DROP FUNCTION search_text(text);
