-- The plans of the statements a search runs (see OrganisationSearch), with the words of the benchmark.
\pset pager off
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED'
  and (o.search_document @@ to_tsquery('simple', search_text('societe:* & civile:*'))
       or o.name_search % search_text('societe civile') or search_text('societe civile') <% o.name_search)
order by ts_rank_cd(o.search_document, to_tsquery('simple', search_text('societe:* & civile:*')))
         + 2 * greatest(similarity(o.name_search, search_text('societe civile')),
                        word_similarity(search_text('societe civile'), o.name_search)) desc, o.name_sort, o.id
limit 20;

EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select count(*) from organisation o
where o.publication_status = 'PUBLISHED'
  and (o.search_document @@ to_tsquery('simple', search_text('conasipal:*'))
       or o.name_search % search_text('conasipal') or search_text('conasipal') <% o.name_search);

EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select v, count(*) from organisation o, unnest(o.country_codes) v
where o.publication_status = 'PUBLISHED'
  and (o.search_document @@ to_tsquery('simple', search_text('dialogue:*'))
       or o.name_search % search_text('dialogue') or search_text('dialogue') <% o.name_search)
  and o.theme_slugs && cast('{peace-education}' as text[])
group by v;

EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select o.id from organisation o
where o.publication_status = 'PUBLISHED' and o.country_codes && cast('{SN}' as text[])
order by o.name_sort, o.id limit 20;
