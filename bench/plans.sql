-- The plans of the statements a search sends to PostgreSQL (see SearchIndex, OrganisationSearch and
-- SummaryRows). Matching, counting and ordering happen in the application's in-memory index; the
-- database gives that index its data, says when it changed, and gives the summaries of a page.
\pset pager off

-- The words of what was typed, split by the documents' own parser (only for text that is not plain
-- ASCII letters and digits): no table is read.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select search_words('Société civile d''accueil') as words, search_text('Société civile d''accueil') as text;

-- The summaries of a page of 20: primary keys and the translations' foreign-key index.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id, o.slug, o.name, o.acronym, o.source_language, o.verification_status, o.demo,
       c.code, c.name_en, c.name_fr, t.language, t.name as translated_name, t.summary
from organisation o
join country c on c.code = o.country_code
left join organisation_translation t on t.organisation_id = o.id
where o.id = any(array(select id from organisation where publication_status = 'PUBLISHED'
                       order by name_sort, id limit 20 offset 5000));

-- The check for changes made elsewhere, once per directory.search.cache-lifetime: one pass over the
-- published rows, on purpose (a count and a sum of a small column).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select count(*) as count, coalesce(sum(o.search_version), 0) as version_sum
from organisation o where o.publication_status = 'PUBLISHED';

-- Loading the index, at start and after a change: every published row once, on purpose, in name order
-- from the name index.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id, o.name, o.name_search, o.search_version, o.search_document::text,
       o.country_codes, o.theme_slugs, o.activity_levels, o.verification_status, o.last_activity_year,
       row_number() over (order by o.updated_at desc, o.id) - 1 as update_rank
from organisation o where o.publication_status = 'PUBLISHED'
order by o.name_sort, o.id;

-- Related organisations on a profile: candidates sharing a theme come from the theme links and stop
-- at the limit (B-tree on organisation_theme), whatever the theme's size.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select t.organisation_id from organisation_theme t
where t.theme_slug = any(array['small-arms-control', 'peace-education']) limit 200;
