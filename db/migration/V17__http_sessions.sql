-- Moderators' HTTP sessions (issue 15): Spring Session JDBC's tables, as its PostgreSQL schema
-- (org/springframework/session/jdbc/schema-postgresql.sql of spring-session-jdbc 4.0) makes them, so that a
-- session made on one instance is valid on every other. Spring Session does not create them itself
-- (spring.session.jdbc.initialize-schema=never). Only logged-in moderators (and a login under way: a failed
-- attempt's message, the second-factor step) have a session: anonymous readers and submitters have none
-- (their CSRF token is a cookie, see system.CsrfCookies).
--   primary_id              the row's own key; session_id is the id in the cookie (it changes at login)
--   creation_time, last_access_time, expiry_time   milliseconds since 1970; a session ends 30 minutes after
--                           its last request (max_inactive_interval, in seconds)
--   principal_name          the moderator's email once logged in
-- spring_session_attributes holds each attribute Java-serialised (the security context, a pending second
-- factor, flash messages); a session's attributes go with it (ON DELETE CASCADE). system.ExpiredSessions
-- deletes the expired sessions (Spring Session's own clean-up is switched off).
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

-- The foreign key's column is the first of the primary key, whose index serves it.
CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
