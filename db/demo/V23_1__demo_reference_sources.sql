-- Demo data (applied only when demo data is switched on): the sources of the reference profile's facts.
-- Every fact of CONASCIPAL comes from one page: its profile in a public peacebuilding directory, last
-- updated in September 2016, from which the facts were taken when the profile was seeded (15 September
-- 2016, its created_at). The facts list names that page but gives no address, so the source is its title.
-- Numbered after V23 (fact_source), as the versioning rule in docs/architecture.md requires.

INSERT INTO fact_source (organisation_id, fact, source_url, source_title, source_checked)
SELECT o.id, f.fact, NULL,
       'CONASCIPAL''s profile in a public directory of peacebuilding organisations (last updated September 2016)',
       DATE '2016-09-15'
FROM organisation o
CROSS JOIN (VALUES ('FOUNDING_YEAR'), ('PLACE')) AS f(fact)
WHERE o.slug = 'conascipal';

UPDATE organisation_network m
SET source_title = 'CONASCIPAL''s profile in a public directory of peacebuilding organisations (last updated September 2016)',
    source_checked = DATE '2016-09-15'
FROM organisation o
WHERE o.id = m.organisation_id AND o.slug = 'conascipal';

UPDATE activity a
SET source_title = 'CONASCIPAL''s profile in a public directory of peacebuilding organisations (last updated September 2016)',
    source_checked = DATE '2016-09-15'
FROM organisation o
WHERE o.id = a.organisation_id AND o.slug = 'conascipal';
