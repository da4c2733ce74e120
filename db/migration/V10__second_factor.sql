-- A moderator's optional second factor: a TOTP secret (RFC 6238, Base32), when it was switched on, and the
-- last time step whose code was accepted, so that no code is accepted twice, whichever instance sees it.
ALTER TABLE account
    ADD COLUMN totp_secret     text,
    ADD COLUMN totp_enabled_at timestamptz,
    ADD COLUMN totp_last_step  bigint,
    ADD CONSTRAINT ck_account_totp CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));

-- Site-wide security settings: exactly one row.
CREATE TABLE security_setting (
    id                     boolean NOT NULL DEFAULT true,
    second_factor_required boolean NOT NULL DEFAULT false,
    CONSTRAINT pk_security_setting PRIMARY KEY (id),
    CONSTRAINT ck_security_setting_one_row CHECK (id)
);
INSERT INTO security_setting DEFAULT VALUES;

-- One-time recovery codes, for a moderator without their phone: SHA-256 of the code (80 random bits, so
-- a fast hash is enough), given once at enrolment; used_at is set when one is spent.
CREATE TABLE account_recovery_code (
    account_id bigint      NOT NULL,
    code_hash  text        NOT NULL,
    used_at    timestamptz,
    CONSTRAINT pk_account_recovery_code PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_account_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
