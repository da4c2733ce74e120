-- The plans of the statements a search runs (see OrganisationSearch), with the words of the benchmark.
\pset pager off
-- Several words: full text only, ranked.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED'
  and o.search_document @@ to_tsquery('simple', search_text('societe:* & civile:*'))
order by ts_rank(o.search_document, to_tsquery('simple', search_text('societe:* & civile:*'))) desc, o.name_sort, o.id
limit 20;

-- One word: full text, or a name or acronym with a typo (trigram word similarity).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED'
  and (o.search_document @@ to_tsquery('simple', search_text('conasipal:*'))
       or search_text('conasipal') <% o.name_search)
order by ts_rank(o.search_document, to_tsquery('simple', search_text('conasipal:*'))) desc, o.name_sort, o.id
limit 20;

-- The facet statement, here the country facet with a theme filter.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with m as materialized (select o.country_codes, o.theme_slugs from organisation o
                        where o.publication_status = 'PUBLISHED'
                          and o.search_document @@ to_tsquery('simple', search_text('dialogue:*')))
select v, count(*) from m, unnest(m.country_codes) v
where m.theme_slugs && cast('{peace-education}' as text[]) group by v;

-- A country's organisations, by name.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED' and o.country_codes && cast('{SN}' as text[])
order by o.name_sort, o.id limit 20;

-- Everything, by name: the list page without words.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o where o.publication_status = 'PUBLISHED' order by o.name_sort, o.id limit 20 offset 4980;
