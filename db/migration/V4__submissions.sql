-- Public submissions: new organisations and suggested changes, kept apart from the published
-- profiles until a moderator decides. Also the app's own secrets and uploaded logos in waiting.

-- Links an organisation publishes besides its website (social media, reports...).
CREATE TABLE organisation_link (
    organisation_id  bigint  NOT NULL,
    position         integer NOT NULL,
    url              text    NOT NULL,
    CONSTRAINT pk_organisation_link PRIMARY KEY (organisation_id, position),
    CONSTRAINT fk_organisation_link_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_organisation_link_url CHECK (url ~* '^https?://' AND length(url) <= 500)
);

-- Secrets the app generates for itself on first start (form stamps, IP hashing), so that they
-- survive restarts without any configuration.
CREATE TABLE app_secret (
    name        text        NOT NULL,
    value       bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_app_secret PRIMARY KEY (name),
    CONSTRAINT ck_app_secret_length CHECK (length(value) >= 32)
);

-- A logo uploaded with a form, already checked and re-encoded; kept by its token so that a form
-- returned with errors does not ask for it again. Unused ones are deleted after a day.
CREATE TABLE logo_upload (
    token       text        NOT NULL,
    media_type  text        NOT NULL,
    content     bytea       NOT NULL,
    width       integer     NOT NULL,
    height      integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_logo_upload PRIMARY KEY (token),
    CONSTRAINT ck_logo_upload_media_type CHECK (media_type IN ('image/png', 'image/jpeg')),
    CONSTRAINT ck_logo_upload_size CHECK (length(content) <= 2097152),
    CONSTRAINT ck_logo_upload_dimensions CHECK (width BETWEEN 1 AND 4000 AND height BETWEEN 1 AND 4000)
);
CREATE INDEX ix_logo_upload_created_at ON logo_upload (created_at);

CREATE SEQUENCE submission_reference_seq;

CREATE TABLE submission (
    id                      bigint      GENERATED ALWAYS AS IDENTITY,
    kind                    text        NOT NULL,
    organisation_id         bigint,
    status                  text        NOT NULL DEFAULT 'PENDING',
    reference               text        NOT NULL,
    tracking_token          text        NOT NULL,
    form_token              text        NOT NULL,
    proposal                jsonb       NOT NULL,
    logo_token              text,
    note_to_moderators      text,
    submitter_name          text        NOT NULL,
    submitter_email         text        NOT NULL,
    submitter_relationship  text        NOT NULL,
    submitter_language      varchar(8)  NOT NULL,
    consent_given_at        timestamptz NOT NULL,
    privacy_notice_version  text        NOT NULL,
    ip_hash                 text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_submission PRIMARY KEY (id),
    CONSTRAINT uq_submission_reference UNIQUE (reference),
    CONSTRAINT uq_submission_tracking_token UNIQUE (tracking_token),
    -- One submission per rendered form: a double click or a resent POST finds the first one.
    CONSTRAINT uq_submission_form_token UNIQUE (form_token),
    CONSTRAINT fk_submission_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_submission_logo FOREIGN KEY (logo_token) REFERENCES logo_upload (token),
    CONSTRAINT ck_submission_kind CHECK (
        (kind = 'NEW_ORGANISATION' AND organisation_id IS NULL)
        OR (kind = 'CHANGE' AND organisation_id IS NOT NULL)),
    CONSTRAINT ck_submission_status CHECK (
        status IN ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'SPAM', 'WITHDRAWN')),
    CONSTRAINT ck_submission_reference CHECK (reference ~ '^PD-[0-9]{4}-[0-9]{6,}$'),
    CONSTRAINT ck_submission_tracking_token CHECK (length(tracking_token) >= 32),
    CONSTRAINT ck_submission_note CHECK (note_to_moderators IS NULL OR length(note_to_moderators) <= 2000),
    CONSTRAINT ck_submission_submitter_email CHECK (submitter_email ~ '^[^@\s]+@[^@\s]+$' AND length(submitter_email) <= 254),
    CONSTRAINT ck_submission_submitter_relationship CHECK (
        submitter_relationship IN ('STAFF', 'MEMBER', 'VOLUNTEER', 'PARTNER', 'RESEARCHER', 'OTHER'))
);
CREATE INDEX ix_submission_organisation ON submission (organisation_id);
CREATE INDEX ix_submission_logo ON submission (logo_token);
CREATE INDEX ix_submission_status_created ON submission (status, created_at);

-- "Is this the same organisation?": trigram similarity on names and acronyms, accents ignored.
CREATE INDEX ix_organisation_name_trgm ON organisation USING gin (lower(immutable_unaccent(name)) gin_trgm_ops);
CREATE INDEX ix_organisation_acronym_trgm ON organisation USING gin (lower(immutable_unaccent(acronym)) gin_trgm_ops);
