-- Moderators, their decisions on submissions, the append-only moderation log and the history of
-- every published profile.

CREATE TABLE account (
    id                   bigint      GENERATED ALWAYS AS IDENTITY,
    email                text        NOT NULL,
    display_name         text        NOT NULL,
    password_hash        text        NOT NULL,
    role                 text        NOT NULL,
    enabled              boolean     NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    password_changed_at  timestamptz NOT NULL DEFAULT now(),
    version              bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT ck_account_email CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    CONSTRAINT ck_account_display_name CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    CONSTRAINT ck_account_role CHECK (role IN ('MODERATOR', 'ADMIN'))
);
-- One account per address, whatever its case.
CREATE UNIQUE INDEX uq_account_email ON account (lower(email));

-- Who is working on a submission, and what was decided.
ALTER TABLE submission
    ADD COLUMN claimed_by        bigint,
    ADD COLUMN claimed_at        timestamptz,
    ADD COLUMN decided_by        bigint,
    ADD COLUMN decided_at        timestamptz,
    ADD COLUMN decision_reason   text,
    ADD COLUMN decision_message  text,
    ADD COLUMN revision          integer NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_submission_claimed_by FOREIGN KEY (claimed_by) REFERENCES account (id),
    ADD CONSTRAINT fk_submission_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    ADD CONSTRAINT ck_submission_decision_message CHECK (decision_message IS NULL OR length(decision_message) <= 4000),
    ADD CONSTRAINT ck_submission_decision_reason CHECK (decision_reason IS NULL OR decision_reason IN
        ('NOT_PEACEBUILDING', 'DUPLICATE', 'CANNOT_VERIFY', 'INCOMPLETE', 'INAPPROPRIATE', 'OTHER'));
CREATE INDEX ix_submission_claimed_by ON submission (claimed_by);
CREATE INDEX ix_submission_decided_by ON submission (decided_by);

-- Every version of a proposal: the submitter's, each moderator edit, each resubmission.
CREATE TABLE submission_revision (
    id             bigint      GENERATED ALWAYS AS IDENTITY,
    submission_id  bigint      NOT NULL,
    number         integer     NOT NULL,
    proposal       jsonb       NOT NULL,
    edited_by      bigint,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_submission_revision PRIMARY KEY (id),
    CONSTRAINT uq_submission_revision_number UNIQUE (submission_id, number),
    CONSTRAINT fk_submission_revision_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_revision_edited_by FOREIGN KEY (edited_by) REFERENCES account (id)
);
CREATE INDEX ix_submission_revision_edited_by ON submission_revision (edited_by);

-- Every published state of a profile, with who approved it and from which submission: the profile's
-- history, and what a rollback goes back to.
CREATE TABLE organisation_revision (
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    organisation_id  bigint      NOT NULL,
    number           integer     NOT NULL,
    snapshot         jsonb       NOT NULL,
    approved_by      bigint,
    submission_id    bigint,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_organisation_revision PRIMARY KEY (id),
    CONSTRAINT uq_organisation_revision_number UNIQUE (organisation_id, number),
    CONSTRAINT fk_organisation_revision_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_revision_approved_by FOREIGN KEY (approved_by) REFERENCES account (id),
    CONSTRAINT fk_organisation_revision_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_organisation_revision_approved_by ON organisation_revision (approved_by);
CREATE INDEX ix_organisation_revision_submission ON organisation_revision (submission_id);

-- What every moderator did, when and why. Written in the same transaction as the action; never changed.
CREATE TABLE moderation_log (
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    at               timestamptz NOT NULL DEFAULT now(),
    actor_id         bigint,
    actor_name       text        NOT NULL,
    action           text        NOT NULL,
    submission_id    bigint,
    organisation_id  bigint,
    account_id       bigint,
    reason           text,
    CONSTRAINT pk_moderation_log PRIMARY KEY (id),
    CONSTRAINT fk_moderation_log_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT fk_moderation_log_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_moderation_log_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_moderation_log_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_moderation_log_reason CHECK (reason IS NULL OR length(reason) <= 4000)
);
CREATE INDEX ix_moderation_log_at ON moderation_log (at DESC);
CREATE INDEX ix_moderation_log_actor ON moderation_log (actor_id);
CREATE INDEX ix_moderation_log_submission ON moderation_log (submission_id);
CREATE INDEX ix_moderation_log_organisation ON moderation_log (organisation_id);
CREATE INDEX ix_moderation_log_account ON moderation_log (account_id);

CREATE FUNCTION refuse_moderation_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'moderation_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER moderation_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON moderation_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_moderation_log_change();

-- The revision every existing profile starts from is written by the application on first change.

-- Replacing a timeline renumbers its activities inside one transaction: check positions at commit.
ALTER TABLE activity DROP CONSTRAINT uq_activity_position;
ALTER TABLE activity ADD CONSTRAINT uq_activity_position UNIQUE (organisation_id, position) DEFERRABLE INITIALLY DEFERRED;
