-- Claim a profile (issue 17, item 2); see docs/architecture.md, "Claimed profiles".
--
-- Someone at an organisation claims its profile with an email at the organisation's own web domain, confirms
-- it through a link sent to that address, and a moderator accepts or rejects it; an accepted claim can be
-- revoked. The confirmation token is never stored: the mail's link carries an HMAC of the random salt kept
-- here (under the app's secret), and only its SHA-256 is kept to find the claim again.
CREATE TABLE profile_claim (
    id                       bigint      GENERATED ALWAYS AS IDENTITY,
    organisation_id          bigint      NOT NULL,
    claimant_name            text        NOT NULL,
    claimant_role            text        NOT NULL,
    email                    text        NOT NULL,
    language                 varchar(8)  NOT NULL,
    status                   text        NOT NULL DEFAULT 'PENDING_CONFIRMATION',
    form_key                 text        NOT NULL,
    ip_hash                  text        NOT NULL,
    confirmation_salt        text        NOT NULL,
    confirmation_hash        text        NOT NULL,
    confirmation_expires_at  timestamptz NOT NULL,
    created_at               timestamptz NOT NULL,
    confirmed_at             timestamptz,
    decided_at               timestamptz,
    decided_by               bigint,
    revoked_at               timestamptz,
    revoked_by               bigint,
    version                  bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_profile_claim PRIMARY KEY (id),
    CONSTRAINT fk_profile_claim_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_profile_claim_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT fk_profile_claim_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id),
    CONSTRAINT uq_profile_claim_form_key UNIQUE (form_key),
    CONSTRAINT uq_profile_claim_confirmation_hash UNIQUE (confirmation_hash),
    CONSTRAINT ck_profile_claim_status CHECK (
        status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'ACCEPTED', 'REJECTED', 'REVOKED')),
    CONSTRAINT ck_profile_claim_name CHECK (length(btrim(claimant_name)) BETWEEN 1 AND 200),
    CONSTRAINT ck_profile_claim_role CHECK (length(btrim(claimant_role)) BETWEEN 1 AND 200),
    CONSTRAINT ck_profile_claim_email CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254)
);
CREATE INDEX ix_profile_claim_status ON profile_claim (status, created_at);
CREATE INDEX ix_profile_claim_email ON profile_claim (lower(email)) WHERE status = 'ACCEPTED';
CREATE INDEX ix_profile_claim_organisation ON profile_claim (organisation_id);

-- "Managed by the organisation" on the profile: set while it has an accepted claim.
ALTER TABLE organisation ADD COLUMN managed_by_organisation boolean NOT NULL DEFAULT false;

-- What an organisation signed in proposes through the suggest-edit form: marked, and first in the queue.
ALTER TABLE submission ADD COLUMN from_organisation boolean NOT NULL DEFAULT false;

-- Spring Security's one-time tokens (sign-in links for organisations; JdbcOneTimeTokenService), shared by
-- every instance. Its own schema, but for longer addresses and times with their zone.
CREATE TABLE one_time_tokens (
    token_value varchar(36)  NOT NULL,
    username    varchar(254) NOT NULL,
    expires_at  timestamptz  NOT NULL,
    CONSTRAINT pk_one_time_tokens PRIMARY KEY (token_value)
);
CREATE INDEX ix_one_time_tokens_expires_at ON one_time_tokens (expires_at);
