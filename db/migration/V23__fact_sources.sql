-- Provenance per fact (issue 17, item 3); see docs/architecture.md, "Sources of facts".
--
-- Each fact of a profile can name its source: a web address, a document title, or both, and the day someone
-- checked the fact against it. Facts with many values carry their source on their own row (an activity, a
-- network membership); the single-valued facts (founding year, place, website, contact details) have a
-- row each in fact_source. A row without a source has no address and no title; a checked day alone is no
-- source. Proposals and revisions keep sources inside their ProfileContent JSON (no change here).

ALTER TABLE activity
    ADD COLUMN source_url     varchar(500),
    ADD COLUMN source_title   varchar(300),
    ADD COLUMN source_checked date,
    ADD CONSTRAINT ck_activity_source_url CHECK (source_url IS NULL OR source_url ~ '^https?://'),
    ADD CONSTRAINT ck_activity_source_title CHECK (source_title IS NULL OR length(btrim(source_title)) > 0),
    ADD CONSTRAINT ck_activity_source CHECK (
        source_checked IS NULL OR source_url IS NOT NULL OR source_title IS NOT NULL);

ALTER TABLE organisation_network
    ADD COLUMN source_url     varchar(500),
    ADD COLUMN source_title   varchar(300),
    ADD COLUMN source_checked date,
    ADD CONSTRAINT ck_organisation_network_source_url CHECK (source_url IS NULL OR source_url ~ '^https?://'),
    ADD CONSTRAINT ck_organisation_network_source_title CHECK (
        source_title IS NULL OR length(btrim(source_title)) > 0),
    ADD CONSTRAINT ck_organisation_network_source CHECK (
        source_checked IS NULL OR source_url IS NOT NULL OR source_title IS NOT NULL);

CREATE TABLE fact_source (
    organisation_id  bigint       NOT NULL,
    fact             text         NOT NULL,
    source_url       varchar(500),
    source_title     varchar(300),
    source_checked   date,
    CONSTRAINT pk_fact_source PRIMARY KEY (organisation_id, fact),
    CONSTRAINT fk_fact_source_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_fact_source_fact CHECK (fact IN ('FOUNDING_YEAR', 'PLACE', 'WEBSITE', 'CONTACT')),
    CONSTRAINT ck_fact_source_url CHECK (source_url IS NULL OR source_url ~ '^https?://'),
    CONSTRAINT ck_fact_source_title CHECK (source_title IS NULL OR length(btrim(source_title)) > 0),
    CONSTRAINT ck_fact_source CHECK (source_url IS NOT NULL OR source_title IS NOT NULL)
);
-- pk_fact_source starts with organisation_id, so it also serves the foreign key.
