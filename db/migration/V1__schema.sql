-- Peace Directory schema: organisations, their prose, timelines, taxonomy links and networks.
-- Every constraint is named so that errors and later migrations can refer to it.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); wrapping it lets generated columns
-- and indexes use it.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Lower and upper bounds of an EDTF level-0 date or interval: 2005, 2000-04, 2000-04-12, 2002/2003.
-- The application validates the text; these only derive the bounds used for sorting and filtering.
CREATE FUNCTION edtf_lower_bound(edtf text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT CASE length(part)
               WHEN 4 THEN make_date(part::int, 1, 1)
               WHEN 7 THEN make_date(left(part, 4)::int, substr(part, 6, 2)::int, 1)
               ELSE make_date(left(part, 4)::int, substr(part, 6, 2)::int, substr(part, 9, 2)::int)
           END
    FROM (SELECT split_part(edtf, '/', 1) AS part) AS p
    $$;

CREATE FUNCTION edtf_upper_bound(edtf text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT CASE length(part)
               WHEN 4 THEN make_date(part::int, 12, 31)
               WHEN 7 THEN (make_date(left(part, 4)::int, substr(part, 6, 2)::int, 1)
                            + interval '1 month' - interval '1 day')::date
               ELSE make_date(left(part, 4)::int, substr(part, 6, 2)::int, substr(part, 9, 2)::int)
           END
    FROM (SELECT CASE WHEN position('/' IN edtf) > 0 THEN split_part(edtf, '/', 2) ELSE edtf END AS part) AS p
    $$;

CREATE TABLE country (
    code     varchar(2) NOT NULL,
    name_en  text    NOT NULL,
    name_fr  text    NOT NULL,
    region   text    NOT NULL,
    CONSTRAINT pk_country PRIMARY KEY (code),
    CONSTRAINT ck_country_code_upper CHECK (code ~ '^[A-Z]{2}$'),
    CONSTRAINT ck_country_region CHECK (region IN ('africa', 'americas', 'asia', 'europe', 'oceania', 'antarctica'))
);

CREATE TABLE theme (
    slug            text     NOT NULL,
    label_en        text     NOT NULL,
    label_fr        text     NOT NULL,
    description_en  text     NOT NULL,
    description_fr  text     NOT NULL,
    position        integer NOT NULL,
    CONSTRAINT pk_theme PRIMARY KEY (slug),
    CONSTRAINT ck_theme_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT uq_theme_position UNIQUE (position)
);

CREATE TABLE organisation (
    id                   bigint      GENERATED ALWAYS AS IDENTITY,
    slug                 text        NOT NULL,
    name                 text        NOT NULL,
    acronym              text,
    source_language      varchar(8)  NOT NULL,
    founding_year        integer,
    city                 text,
    country_code         varchar(2)     NOT NULL,
    website              text,
    contact_email        text,
    contact_phone        text,
    contact_public       boolean     NOT NULL DEFAULT false,
    verification_status  text        NOT NULL DEFAULT 'NOT_VERIFIED',
    verified_at          timestamptz,
    verified_by          text,
    publication_status   text        NOT NULL DEFAULT 'PUBLISHED',
    demo                 boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint      NOT NULL DEFAULT 0,
    name_sort            text        GENERATED ALWAYS AS (lower(immutable_unaccent(name))) STORED,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_slug UNIQUE (slug),
    CONSTRAINT fk_organisation_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_organisation_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    CONSTRAINT ck_organisation_name CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    CONSTRAINT ck_organisation_acronym CHECK (acronym IS NULL OR length(btrim(acronym)) BETWEEN 1 AND 40),
    CONSTRAINT ck_organisation_source_language CHECK (source_language ~ '^[a-z]{2,3}$'),
    CONSTRAINT ck_organisation_founding_year CHECK (founding_year BETWEEN 1800 AND 2100),
    CONSTRAINT ck_organisation_website CHECK (website IS NULL OR website ~* '^https?://'),
    CONSTRAINT ck_organisation_verification CHECK (
        (verification_status = 'NOT_VERIFIED' AND verified_at IS NULL)
        OR (verification_status = 'VERIFIED' AND verified_at IS NOT NULL)),
    CONSTRAINT ck_organisation_publication CHECK (publication_status IN ('PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX ix_organisation_country ON organisation (country_code);
CREATE INDEX ix_organisation_published_name ON organisation (name_sort, id) WHERE publication_status = 'PUBLISHED';

-- The logo lives apart so that loading a profile never drags its bytes along.
CREATE TABLE organisation_logo (
    organisation_id  bigint NOT NULL,
    media_type       text   NOT NULL,
    content          bytea  NOT NULL,
    CONSTRAINT pk_organisation_logo PRIMARY KEY (organisation_id),
    CONSTRAINT fk_organisation_logo_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_organisation_logo_media_type CHECK (media_type IN ('image/png', 'image/jpeg', 'image/webp'))
);

-- Prose per language; the organisation's source language is the fallback.
CREATE TABLE organisation_translation (
    organisation_id  bigint     NOT NULL,
    language         varchar(8) NOT NULL,
    name             text,
    summary          text,
    description      text,
    CONSTRAINT pk_organisation_translation PRIMARY KEY (organisation_id, language),
    CONSTRAINT fk_organisation_translation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_organisation_translation_language CHECK (language ~ '^[a-z]{2,3}$'),
    CONSTRAINT ck_organisation_translation_summary CHECK (summary IS NULL OR length(summary) <= 300),
    CONSTRAINT ck_organisation_translation_description CHECK (description IS NULL OR length(description) <= 20000)
);

CREATE TABLE activity (
    id               bigint     GENERATED ALWAYS AS IDENTITY,
    organisation_id  bigint     NOT NULL,
    level            text       NOT NULL,
    date_edtf        varchar(32),
    date_start       date       GENERATED ALWAYS AS (edtf_lower_bound(date_edtf)) STORED,
    date_end         date       GENERATED ALWAYS AS (edtf_upper_bound(date_edtf)) STORED,
    text             text       NOT NULL,
    language         varchar(8) NOT NULL,
    position         integer    NOT NULL,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT uq_activity_position UNIQUE (organisation_id, position),
    CONSTRAINT ck_activity_level CHECK (level IN ('LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL')),
    CONSTRAINT ck_activity_date_edtf CHECK (date_edtf IS NULL OR date_edtf ~
        '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$'),
    CONSTRAINT ck_activity_text CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
    CONSTRAINT ck_activity_language CHECK (language ~ '^[a-z]{2,3}$')
);
ALTER TABLE activity ADD CONSTRAINT ck_activity_date_order CHECK (date_start IS NULL OR date_start <= date_end);
-- uq_activity_position's index starts with organisation_id, so it also serves the foreign key.

-- Countries where an organisation works (besides where it is based).
CREATE TABLE organisation_country (
    organisation_id  bigint  NOT NULL,
    country_code     varchar(2) NOT NULL,
    CONSTRAINT pk_organisation_country PRIMARY KEY (organisation_id, country_code),
    CONSTRAINT fk_organisation_country_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_country_country FOREIGN KEY (country_code) REFERENCES country (code)
);
CREATE INDEX ix_organisation_country_country ON organisation_country (country_code);

CREATE TABLE organisation_theme (
    organisation_id  bigint NOT NULL,
    theme_slug       text   NOT NULL,
    CONSTRAINT pk_organisation_theme PRIMARY KEY (organisation_id, theme_slug),
    CONSTRAINT fk_organisation_theme_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_theme_theme FOREIGN KEY (theme_slug) REFERENCES theme (slug)
);
CREATE INDEX ix_organisation_theme_theme ON organisation_theme (theme_slug);

-- Networks an organisation belongs to; a network may have a profile of its own in the directory.
CREATE TABLE network (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    acronym          text,
    name             text   NOT NULL,
    website          text,
    organisation_id  bigint,
    CONSTRAINT pk_network PRIMARY KEY (id),
    CONSTRAINT uq_network_name UNIQUE (name),
    CONSTRAINT uq_network_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_network_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
    CONSTRAINT ck_network_website CHECK (website IS NULL OR website ~* '^https?://')
);

CREATE TABLE organisation_network (
    organisation_id  bigint NOT NULL,
    network_id       bigint NOT NULL,
    role             text   NOT NULL DEFAULT 'MEMBER',
    CONSTRAINT pk_organisation_network PRIMARY KEY (organisation_id, network_id),
    CONSTRAINT fk_organisation_network_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_network_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT ck_organisation_network_role CHECK (role IN ('MEMBER', 'FOUNDING_MEMBER'))
);
CREATE INDEX ix_organisation_network_network ON organisation_network (network_id);
