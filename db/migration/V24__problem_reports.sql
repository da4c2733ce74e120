-- Problems readers report on a published profile (issue 17, item 5): no account, one row per report.
-- The reply address is optional and only for the moderators; the form key makes a double click one report.
CREATE TABLE problem_report (
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    organisation_id  bigint      NOT NULL,
    reason           text        NOT NULL,
    details          text        NOT NULL,
    reply_email      text,
    language         text        NOT NULL,
    form_key         text        NOT NULL,
    ip_hash          text        NOT NULL,
    status           text        NOT NULL DEFAULT 'OPEN',
    created_at       timestamptz NOT NULL,
    decided_at       timestamptz,
    decided_by       bigint,
    decision_note    text,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_problem_report PRIMARY KEY (id),
    CONSTRAINT fk_problem_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_problem_report_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT uq_problem_report_form_key UNIQUE (form_key),
    CONSTRAINT ck_problem_report_reason CHECK (reason IN ('INFORMATION_WRONG', 'ORGANISATION_CLOSED',
        'NOT_PEACEBUILDING', 'DUPLICATE', 'PUTS_PEOPLE_AT_RISK', 'OTHER')),
    CONSTRAINT ck_problem_report_status CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
    CONSTRAINT ck_problem_report_details CHECK (length(details) BETWEEN 1 AND 2000),
    CONSTRAINT ck_problem_report_reply_email CHECK (reply_email IS NULL OR length(reply_email) <= 254),
    CONSTRAINT ck_problem_report_note CHECK (decision_note IS NULL OR length(decision_note) <= 2000),
    CONSTRAINT ck_problem_report_decided CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
-- The queue reads the open ones, urgent first, oldest first.
CREATE INDEX ix_problem_report_open ON problem_report (created_at, id) WHERE status = 'OPEN';
CREATE INDEX ix_problem_report_organisation ON problem_report (organisation_id);
