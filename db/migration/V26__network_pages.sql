-- Network pages (issue 18): each network gets an address of its own (/networks/{slug}), the language its
-- official name is in, and per language its official name and acronym there (IANSA is RAIAL in French),
-- when it has one, and a description.

ALTER TABLE network ADD COLUMN slug text;
ALTER TABLE network ADD COLUMN language text NOT NULL DEFAULT 'en';

-- Existing networks: the slug of the acronym, else of the name; a second network with the same one gets
-- its id appended.
WITH candidate AS (
    SELECT id,
           coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(
               lower(immutable_unaccent(coalesce(nullif(trim(acronym), ''), name))), '[^a-z0-9]+', '-', 'g')), 80),
               ''), 'network') AS base
    FROM network
), numbered AS (
    SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY id) AS rank FROM candidate
)
UPDATE network n
SET slug = rtrim(CASE WHEN numbered.rank = 1 THEN numbered.base ELSE numbered.base || '-' || n.id END, '-')
FROM numbered
WHERE numbered.id = n.id;

ALTER TABLE network ALTER COLUMN slug SET NOT NULL;
ALTER TABLE network ALTER COLUMN language DROP DEFAULT;
ALTER TABLE network ADD CONSTRAINT uq_network_slug UNIQUE (slug);
ALTER TABLE network ADD CONSTRAINT ck_network_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100);
ALTER TABLE network ADD CONSTRAINT ck_network_language CHECK (language ~ '^[a-z]{2}$');

-- A network in other languages: its official name and acronym there (null when it has none: the page then
-- shows the name in its own language, marked as such), and its description.
CREATE TABLE network_translation (
    network_id   bigint NOT NULL,
    language     text   NOT NULL,
    name         text,
    acronym      text,
    description  text,
    CONSTRAINT pk_network_translation PRIMARY KEY (network_id, language),
    CONSTRAINT fk_network_translation_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT ck_network_translation_language CHECK (language ~ '^[a-z]{2}$'),
    CONSTRAINT ck_network_translation_name CHECK (name IS NULL OR length(name) BETWEEN 1 AND 300),
    CONSTRAINT ck_network_translation_acronym CHECK (acronym IS NULL OR (name IS NOT NULL AND length(acronym) BETWEEN 1 AND 50)),
    CONSTRAINT ck_network_translation_description CHECK (description IS NULL OR length(description) BETWEEN 1 AND 5000),
    CONSTRAINT ck_network_translation_content CHECK (name IS NOT NULL OR description IS NOT NULL)
);
