-- HSDS 3.0 output (issue 16, item 3); see docs/hsds.md.
--
-- Every organisation gets a UUID of its own, the `id` of its HSDS `organization`: random (version 4), kept
-- for ever, independent of the internal id (a database rebuilt from exports or merged with another keeps
-- it) and looked up directly by /api/hsds/organizations/{id}. Existing rows get one now; new ones get one
-- from the default, so the entity never writes it.
ALTER TABLE organisation ADD COLUMN uuid uuid;
UPDATE organisation SET uuid = gen_random_uuid();
ALTER TABLE organisation
    ALTER COLUMN uuid SET NOT NULL,
    ALTER COLUMN uuid SET DEFAULT gen_random_uuid();
ALTER TABLE organisation ADD CONSTRAINT uq_organisation_uuid UNIQUE (uuid);

-- The HSDS tabular data package of the whole published directory (/api/hsds/datapackage.zip), one row
-- per language it is written in, generated after each published change (not per request) and kept here
-- so that every instance serves the same file.
--   recipe        what it was made with (the format's version and the site's address): a row made with
--                 another recipe is made again before it is served
--   generated_at  when this content was made (Last-Modified)
--   etag          a hash of the files inside the zip: a new generation that changes nothing keeps the row
--   content       the zip, a few kilobytes per organisation
CREATE TABLE hsds_package (
    language      varchar(8)  NOT NULL,
    recipe        text        NOT NULL,
    generated_at  timestamptz NOT NULL,
    etag          text        NOT NULL,
    content       bytea       NOT NULL,
    CONSTRAINT pk_hsds_package PRIMARY KEY (language),
    CONSTRAINT ck_hsds_package_language CHECK (language ~ '^[a-z]{2,3}$')
);
