-- The plans of the statements a search runs (see OrganisationSearch), with the words of the benchmark.
\pset pager off

-- Words: one statement finds the matches once (GIN index on the search document), ranks them for the
-- page, and returns one short row per match for the facet counts (counted in the app).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with exact as materialized (
    select o.id, o.name_sort, o.updated_at,
           ts_rank(o.search_document, search_query('societe civile')) as rank,
           o.country_codes, o.theme_slugs, o.activity_levels, o.verification_status, o.last_activity_year,
           concat_ws('|', array_to_string(o.country_codes, ' '), array_to_string(o.theme_slugs, ' '),
                     array_to_string(o.activity_levels, ' '), o.verification_status,
                     coalesce(o.last_activity_year, 0)) as facets
    from organisation o
    where o.publication_status = 'PUBLISHED'
      and o.search_document @@ search_query('societe civile')),
m as materialized (select * from exact),
page as (select m.id, row_number() over (order by m.rank desc, m.name_sort, m.id) as position from m
         where m.country_codes && cast('{ML}' as text[])
         order by m.rank desc, m.name_sort, m.id limit 20 offset 0)
select page.id, page.position, null as facets from page
union all select null, null, m.facets from m;

-- One word that finds little: names close to it by trigram word similarity (GIN trigram index) are
-- added, after a one-time check of how many the word itself found.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with exact as materialized (
    select o.id from organisation o
    where o.publication_status = 'PUBLISHED'
      and o.search_document @@ search_query('conasipal'))
select id from exact
union all
select o.id from organisation o
where (select count(*) from exact) < 20
  and o.publication_status = 'PUBLISHED' and search_text('conasipal') <% o.name_search
  and not o.search_document @@ search_query('conasipal');

-- A country's organisations, by name.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED' and o.country_codes && cast('{SN}' as text[])
order by o.name_sort, o.id limit 20;

-- Everything, by name: the list page without words.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o where o.publication_status = 'PUBLISHED' order by o.name_sort, o.id limit 20 offset 4980;

-- Related organisations on a profile: candidates sharing a theme come from the theme links and stop
-- at the limit (B-tree on organisation_theme), whatever the theme's size.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select t.organisation_id from organisation_theme t
where t.theme_slug = any(array['small-arms-control', 'peace-education']) limit 200;
