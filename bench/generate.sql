-- Loads :n fictional organisations (slugs bench-1 ... bench-N) with translations, timelines, themes and
-- countries, then refreshes their country and theme keys. Behind the application's back: the app
-- rebuilds its search index at its next start (it finds fewer organisations indexed than published;
-- bench/run.sh waits for its "Search index built" line). Run with psql against the database to measure:
--   psql -h localhost -p PORT -U postgres -v n=100000 -f bench/generate.sql postgres
-- Idempotent: organisations already there are kept, only the missing ones are added.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 100000
\endif

BEGIN;

-- Words: a pseudo-word per number (about 8,000 distinct, like the varied vocabulary of real names and
-- descriptions), and a few real words sprinkled at realistic rates.
CREATE FUNCTION pg_temp.pseudo_word(n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['ka','lo','mi','sa','to','na','be','ri','du','fa','go','he','ji','ku','le','mo','nu','pa','se','vi'])[1 + n % 20]
        || (ARRAY['ra','ne','li','so','ta','me','ki','bu','do','fe','ga','hi','jo','ku','la','mu','no','pe','si','vo'])[1 + (n / 20) % 20]
        || (ARRAY['n','r','l','s','t','m','k','b','d','x','','','','','','','','','',''])[1 + (n / 400) % 20]
$$;
CREATE FUNCTION pg_temp.pseudo_text(seed int, words int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(pg_temp.pseudo_word(abs(hashint4(seed * 31 + k)) % 8000), ' ') FROM generate_series(1, words) k
$$;
CREATE FUNCTION pg_temp.sometimes(seed int, percent int, word text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN abs(hashint4(seed)) % 100 < percent THEN word ELSE '' END
$$;

CREATE TEMP TABLE bench_countries AS SELECT row_number() OVER (ORDER BY code) AS position, code FROM country;
CREATE TEMP TABLE bench_themes AS SELECT row_number() OVER (ORDER BY position) AS position, slug FROM theme;

INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code, demo,
                          created_at, updated_at)
SELECT 'bench-' || i,
       initcap(pg_temp.pseudo_text(i, 2)) || ' ' || pg_temp.sometimes(i * 3, 10,
           (ARRAY['Peace', 'Paix', 'Youth', 'Women', 'Dialogue', 'Network', 'Coalition', 'Mediation'])[1 + i % 8])
           || ' ' || initcap(pg_temp.pseudo_word(i % 8000)),
       upper(left(pg_temp.pseudo_word(i % 8000), 3)) || i,
       CASE WHEN i % 3 = 0 THEN 'fr' ELSE 'en' END,
       1950 + i % 75,
       'City ' || (i % 500),
       c.code,
       true,
       now() - (i % 3650) * interval '1 day',
       now() - (i % 1000) * interval '1 hour'
FROM generate_series(1, :n) AS i
JOIN bench_countries c ON c.position = 1 + (i * 7) % 249
WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.slug = 'bench-' || i);

CREATE TEMP TABLE bench_new AS
SELECT id, substring(slug FROM 7)::int AS i, name, source_language FROM organisation
WHERE slug LIKE 'bench-%'
  AND NOT EXISTS (SELECT 1 FROM organisation_translation t WHERE t.organisation_id = organisation.id);

INSERT INTO organisation_translation (organisation_id, language, summary, description)
SELECT id, source_language,
       'Fictional benchmark organisation: ' || pg_temp.pseudo_text(i + 1, 8) || ' '
           || pg_temp.sometimes(i * 5, 5, 'peace') || ' ' || pg_temp.sometimes(i * 7, 3, 'mediation'),
       'Fictional description for load testing. ' || pg_temp.pseudo_text(i + 2, 40) || ' '
           || pg_temp.sometimes(i * 11, 8, 'société civile') || ' ' || pg_temp.sometimes(i * 13, 6, 'youth')
FROM bench_new;

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT id, (ARRAY['LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL'])[1 + (i + k) % 4],
       CASE WHEN k = 3 THEN NULL ELSE (1990 + (i + k * 11) % 35)::text END,
       'Benchmark activity: ' || pg_temp.pseudo_text(i * 3 + k, 10),
       source_language, k
FROM bench_new, generate_series(1, 3) AS k;

INSERT INTO organisation_theme (organisation_id, theme_slug)
SELECT DISTINCT id, t.slug FROM bench_new
JOIN bench_themes t ON t.position IN (1 + i % 15, 1 + (i * 7) % 15);

INSERT INTO organisation_country (organisation_id, country_code)
SELECT id, c.code FROM bench_new JOIN bench_countries c ON c.position = 1 + (i * 13) % 249
ON CONFLICT DO NOTHING;

SELECT refresh_organisation_search(ARRAY(SELECT id FROM bench_new));

COMMIT;
ANALYZE organisation;
ANALYZE activity;
SELECT count(*) AS organisations FROM organisation;
