-- Search and facets: each organisation carries a denormalised search document and the keys its
-- filters need, refreshed by refresh_organisation_search() whenever its content changes.

ALTER TABLE organisation
    ADD COLUMN search_document     tsvector,
    ADD COLUMN name_search         text,
    ADD COLUMN country_codes       text[] NOT NULL DEFAULT '{}',
    ADD COLUMN theme_slugs         text[] NOT NULL DEFAULT '{}',
    ADD COLUMN activity_levels     text[] NOT NULL DEFAULT '{}',
    ADD COLUMN last_activity_year  integer;

-- Lower-case, accent-free words: "Société Civile" and "societe civile" are the same to the search.
CREATE FUNCTION search_text(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(immutable_unaccent(coalesce($1, ''))) $$;

CREATE FUNCTION refresh_organisation_search(organisation_ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
    UPDATE organisation o SET
        name_search = search_text(concat_ws(' ', o.name, o.acronym, t.names)),
        search_document =
               setweight(to_tsvector('simple', search_text(concat_ws(' ', o.name, o.acronym, t.names))), 'A')
            || setweight(to_tsvector('simple', search_text(t.summaries)), 'B')
            || setweight(to_tsvector('simple', search_text(concat_ws(' ', t.descriptions, t.place))), 'C')
            || setweight(to_tsvector('simple', search_text(a.texts)), 'D'),
        country_codes = ARRAY(SELECT o.country_code
                              UNION SELECT c.country_code FROM organisation_country c WHERE c.organisation_id = o.id),
        theme_slugs = ARRAY(SELECT th.theme_slug FROM organisation_theme th WHERE th.organisation_id = o.id),
        activity_levels = coalesce(a.levels, '{}'),
        last_activity_year = a.last_year
    FROM (SELECT x.id,
                 (SELECT string_agg(tr.name, ' ') FROM organisation_translation tr WHERE tr.organisation_id = x.id) AS names,
                 (SELECT string_agg(tr.summary, ' ') FROM organisation_translation tr WHERE tr.organisation_id = x.id) AS summaries,
                 (SELECT string_agg(tr.description, ' ') FROM organisation_translation tr WHERE tr.organisation_id = x.id) AS descriptions,
                 -- The country it is based in, by name; themes and countries of work are filters instead.
                 (SELECT concat_ws(' ', co.name_en, co.name_fr) FROM country co WHERE co.code = x.country_code) AS place
          FROM organisation x WHERE x.id = ANY (organisation_ids)) t,
         LATERAL (SELECT string_agg(ac.text, ' ') AS texts,
                         array_agg(DISTINCT ac.level) AS levels,
                         max(extract(year FROM ac.date_end))::integer AS last_year
                  FROM activity ac WHERE ac.organisation_id = t.id) a
    WHERE o.id = t.id
    $$;

SELECT refresh_organisation_search(ARRAY(SELECT id FROM organisation));

CREATE INDEX ix_organisation_search_document ON organisation USING gin (search_document);
CREATE INDEX ix_organisation_name_search_trgm ON organisation USING gin (name_search gin_trgm_ops);
CREATE INDEX ix_organisation_country_codes ON organisation USING gin (country_codes);
CREATE INDEX ix_organisation_theme_slugs ON organisation USING gin (theme_slugs);
CREATE INDEX ix_organisation_activity_levels ON organisation USING gin (activity_levels);
CREATE INDEX ix_organisation_last_activity_year ON organisation (last_activity_year);
CREATE INDEX ix_organisation_updated_at ON organisation (updated_at DESC, id);
CREATE INDEX ix_organisation_created_at ON organisation (created_at DESC, id);
