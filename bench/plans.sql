-- The plans of the statements PostgreSQL still serves around search. Matching, counting and ordering
-- happen in the search index (Hibernate Search: Lucene by default); the database gives a page's
-- summaries, the count checked at start, and the rows the mass indexer reads when it builds the index.
\pset pager off

-- The summaries of a page of 20 (SummaryRows), for the ids the index found: primary keys and the
-- translations' foreign-key index.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id, o.slug, o.name, o.acronym, o.source_language, o.verification_level, o.verified_at, o.demo,
       c.code, c.name_en, c.name_fr, t.language, t.name as translated_name, t.summary
from organisation o
join country c on c.code = o.country_code
left join organisation_translation t on t.organisation_id = o.id
where o.id = any(array(select id from organisation where publication_status = 'PUBLISHED'
                       order by name_sort, id limit 20 offset 5000));

-- At start (SearchIndexing): the published organisations, compared with the documents in the index;
-- one pass over the published rows, once per start.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select count(*) from organisation where publication_status = 'PUBLISHED';

-- Building the index (the mass indexer, rebuild at start or by an admin): the published ids first...
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o where o.publication_status = 'PUBLISHED';

-- ...then the organisations by batches of 100 ids (hibernate.default_batch_fetch_size loads their
-- translations, themes and countries by batches too): primary keys.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.* from organisation o
where o.id = any(array(select id from organisation where publication_status = 'PUBLISHED'
                       order by id limit 100 offset 50000));

EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select t.* from organisation_translation t
where t.organisation_id = any(array(select id from organisation where publication_status = 'PUBLISHED'
                                    order by id limit 100 offset 50000));

-- Related organisations on a profile: candidates sharing a theme come from the theme links and stop
-- at the limit (B-tree on organisation_theme), whatever the theme's size.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select t.organisation_id from organisation_theme t
where t.theme_slug = any(array['small-arms-control', 'peace-education']) limit 200;
