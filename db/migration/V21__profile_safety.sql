-- Safety controls per profile (issue 17, item 1); see docs/architecture.md, "Safety controls".
--
-- Each contact field (email, phone, postal address, contact person) and the logo is PUBLIC or
-- MODERATORS_ONLY; the location is shown to the CITY or to the country only (COUNTRY_ONLY); a profile can be
-- kept out of search engines (noindex, sitemap, feeds) and out of the open data (API, HSDS, CSV export).

ALTER TABLE organisation
    ADD COLUMN contact_postal_address    text,
    ADD COLUMN contact_person            text,
    ADD COLUMN email_visibility          text    NOT NULL DEFAULT 'MODERATORS_ONLY',
    ADD COLUMN phone_visibility          text    NOT NULL DEFAULT 'MODERATORS_ONLY',
    ADD COLUMN postal_address_visibility text    NOT NULL DEFAULT 'MODERATORS_ONLY',
    ADD COLUMN contact_person_visibility text    NOT NULL DEFAULT 'MODERATORS_ONLY',
    ADD COLUMN logo_visibility           text    NOT NULL DEFAULT 'PUBLIC',
    ADD COLUMN location_precision        text    NOT NULL DEFAULT 'CITY',
    ADD COLUMN kept_from_search_engines  boolean NOT NULL DEFAULT false,
    ADD COLUMN kept_from_open_data       boolean NOT NULL DEFAULT false;

-- The one consent flag becomes the visibility of each contact field; logos were always public.
UPDATE organisation SET
    email_visibility = CASE WHEN contact_public THEN 'PUBLIC' ELSE 'MODERATORS_ONLY' END,
    phone_visibility = CASE WHEN contact_public THEN 'PUBLIC' ELSE 'MODERATORS_ONLY' END,
    postal_address_visibility = CASE WHEN contact_public THEN 'PUBLIC' ELSE 'MODERATORS_ONLY' END,
    contact_person_visibility = CASE WHEN contact_public THEN 'PUBLIC' ELSE 'MODERATORS_ONLY' END;
ALTER TABLE organisation DROP COLUMN contact_public;

ALTER TABLE organisation
    ADD CONSTRAINT ck_organisation_visibilities CHECK (
        email_visibility IN ('PUBLIC', 'MODERATORS_ONLY')
        AND phone_visibility IN ('PUBLIC', 'MODERATORS_ONLY')
        AND postal_address_visibility IN ('PUBLIC', 'MODERATORS_ONLY')
        AND contact_person_visibility IN ('PUBLIC', 'MODERATORS_ONLY')
        AND logo_visibility IN ('PUBLIC', 'MODERATORS_ONLY')),
    ADD CONSTRAINT ck_organisation_location_precision CHECK (location_precision IN ('CITY', 'COUNTRY_ONLY'));

-- What someone who is not a moderator (the organisation, once it has claimed its profile) asked to show
-- again: hiding took effect at once, showing waits here for a moderator. One request a profile, the last.
CREATE TABLE safety_request (
    organisation_id           bigint      NOT NULL,
    email_visibility          text        NOT NULL,
    phone_visibility          text        NOT NULL,
    postal_address_visibility text        NOT NULL,
    contact_person_visibility text        NOT NULL,
    logo_visibility           text        NOT NULL,
    location_precision        text        NOT NULL,
    kept_from_search_engines  boolean     NOT NULL,
    kept_from_open_data       boolean     NOT NULL,
    requested_by_account      bigint,
    requested_by_name         text        NOT NULL,
    requested_at              timestamptz NOT NULL,
    CONSTRAINT pk_safety_request PRIMARY KEY (organisation_id),
    CONSTRAINT fk_safety_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE
);

-- Countries a moderator marked as high-risk: new profiles there start with their contacts and logo for
-- moderators only and their location at country level. Existing profiles are left as they are.
CREATE TABLE high_risk_country (
    country_code varchar(2)  NOT NULL,
    marked_at    timestamptz NOT NULL,
    marked_by    bigint,
    CONSTRAINT pk_high_risk_country PRIMARY KEY (country_code),
    CONSTRAINT fk_high_risk_country_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_high_risk_country_account FOREIGN KEY (marked_by) REFERENCES account (id)
);
