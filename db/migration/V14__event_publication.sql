-- Events between modules (issue 13): Spring Modulith's event publication registry. When an event is
-- published inside a transaction, one row per listener that must run after the commit is written in that
-- same transaction; the row is deleted once the listener has run (spring.modulith.events.completion-mode=
-- delete), so what stays is what did not complete: a listener that failed (status FAILED) or that a crash
-- stopped (PUBLISHED, PROCESSING, RESUBMITTED), resubmitted later (EventPublicationRetry). Only the mail
-- listeners are recorded here. The table is Modulith 2.0's own PostgreSQL schema (schemas/v2 of
-- spring-modulith-events-jdbc), which its JPA entity maps (checked by ddl-auto=validate); constraint and
-- index names follow this project's.
CREATE TABLE event_publication (
    id                     uuid                     NOT NULL,
    listener_id            text                     NOT NULL,
    event_type             text                     NOT NULL,
    serialized_event       text                     NOT NULL,
    publication_date       timestamp with time zone NOT NULL,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    CONSTRAINT pk_event_publication PRIMARY KEY (id)
);
-- Modulith finds a publication by its event and listener when it completes one it does not hold in memory.
CREATE INDEX ix_event_publication_serialized_event ON event_publication USING hash (serialized_event);
CREATE INDEX ix_event_publication_completion_date ON event_publication (completion_date);

-- Each mail sent, by what it is about (e.g. received:PD-2026-000042), written in the mail listener's
-- transaction before the mail leaves, so that a publication run twice (two instances, a retry of one
-- thought stale) sends its mail once (SentMail).
CREATE TABLE sent_mail (
    mail_key varchar(200)             NOT NULL,
    sent_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT pk_sent_mail PRIMARY KEY (mail_key)
);
