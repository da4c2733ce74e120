-- Loads :n fictional organisations (slugs bench-1 ... bench-N) with translations, timelines, themes and
-- countries, then refreshes their search columns. Run with psql against the database to measure:
--   psql -h localhost -p PORT -U postgres -v n=100000 -f bench/generate.sql postgres
-- Idempotent: organisations already there are kept, only the missing ones are added.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 100000
\endif

BEGIN;

CREATE TEMP TABLE bench_words (position int, word text);
INSERT INTO bench_words
SELECT ordinality, word FROM unnest(ARRAY[
    'Peace', 'Dialogue', 'Youth', 'Women', 'Mediation', 'Reconciliation', 'Harmony', 'Unity', 'Hope',
    'Solidarity', 'Bridges', 'Voices', 'Circle', 'Forum', 'Network', 'Coalition', 'Alliance', 'Initiative',
    'Action', 'Futures', 'Justice', 'Rights', 'Security', 'Community', 'Civic', 'Citizens', 'Paix',
    'Société', 'Civile', 'Jeunes', 'Femmes', 'Médiation', 'Réseau', 'Espoir', 'Avenir', 'Cohésion'])
    WITH ORDINALITY AS w(word, ordinality);

CREATE TEMP TABLE bench_countries AS SELECT row_number() OVER (ORDER BY code) AS position, code FROM country;
CREATE TEMP TABLE bench_themes AS SELECT row_number() OVER (ORDER BY position) AS position, slug FROM theme;

INSERT INTO organisation (slug, name, acronym, source_language, founding_year, city, country_code, demo,
                          created_at, updated_at)
SELECT 'bench-' || i,
       w1.word || ' ' || w2.word || ' ' || w3.word || ' ' || i,
       upper(left(w1.word, 1) || left(w2.word, 1) || left(w3.word, 1)) || i,
       CASE WHEN i % 3 = 0 THEN 'fr' ELSE 'en' END,
       1950 + i % 75,
       'City ' || (i % 500),
       c.code,
       true,
       now() - (i % 3650) * interval '1 day',
       now() - (i % 1000) * interval '1 hour'
FROM generate_series(1, :n) AS i
JOIN bench_words w1 ON w1.position = 1 + i % 36
JOIN bench_words w2 ON w2.position = 1 + (i / 36) % 36
JOIN bench_words w3 ON w3.position = 1 + (i / 1296) % 36
JOIN bench_countries c ON c.position = 1 + (i * 7) % 249
WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.slug = 'bench-' || i);

CREATE TEMP TABLE bench_new AS
SELECT id, substring(slug FROM 7)::int AS i, name, source_language FROM organisation
WHERE slug LIKE 'bench-%' AND search_document IS NULL;

INSERT INTO organisation_translation (organisation_id, language, summary, description)
SELECT id, source_language,
       'Fictional benchmark organisation ' || i || ': ' || name || ' works on dialogue, mediation and peace education.',
       'Fictional description for load testing. ' || name || ' brings communities together, trains mediators '
           || 'and supports local peace committees in villages and towns.'
FROM bench_new;

INSERT INTO activity (organisation_id, level, date_edtf, text, language, position)
SELECT id, (ARRAY['LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL'])[1 + (i + k) % 4],
       CASE WHEN k = 3 THEN NULL ELSE (1990 + (i + k * 11) % 35)::text END,
       'Benchmark activity ' || k || ' of organisation ' || i || ': workshop on conflict prevention.',
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
