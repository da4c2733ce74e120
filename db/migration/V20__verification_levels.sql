-- Verification levels with dates and expiry (issue 17, item 4); see docs/architecture.md, "Verification".
--
-- Verified / not verified becomes a level:
--   NOT_YET_VERIFIED           nobody has checked the organisation yet
--   EXISTENCE_CONFIRMED        a moderator found independent sources that it exists (every profile verified
--                              until now: it keeps its date)
--   CONFIRMED_BY_ORGANISATION  the organisation itself confirmed its profile (a claimed profile)
-- Each verification keeps its date (verified_at) and the moderator account that gave it (verified_by, an
-- account id, never published). How old a verification may be before the profile is to be checked again
-- is the application's setting (directory.verification.valid-for), not stored.

ALTER TABLE organisation DROP CONSTRAINT ck_organisation_verification;
ALTER TABLE organisation RENAME COLUMN verification_status TO verification_level;
ALTER TABLE organisation ALTER COLUMN verification_level SET DEFAULT 'NOT_YET_VERIFIED';
UPDATE organisation SET verification_level = CASE verification_level
    WHEN 'VERIFIED' THEN 'EXISTENCE_CONFIRMED'
    ELSE 'NOT_YET_VERIFIED' END;

-- Who verified: the account, no longer its name as text. The moderator who verified a profile is the
-- actor of the profile's last ORGANISATION_VERIFIED line in the log (every verification since moderator
-- accounts exist is logged); demo profiles, verified by "Demo moderator", have none.
ALTER TABLE organisation ADD COLUMN verified_by_account bigint;
UPDATE organisation o SET verified_by_account = (
    SELECT l.actor_id FROM moderation_log l
    WHERE l.organisation_id = o.id AND l.action = 'ORGANISATION_VERIFIED'
    ORDER BY l.at DESC, l.id DESC LIMIT 1)
WHERE o.verification_level <> 'NOT_YET_VERIFIED';
ALTER TABLE organisation DROP COLUMN verified_by;
ALTER TABLE organisation RENAME COLUMN verified_by_account TO verified_by;

ALTER TABLE organisation
    ADD CONSTRAINT fk_organisation_verified_by FOREIGN KEY (verified_by) REFERENCES account (id),
    ADD CONSTRAINT ck_organisation_verification_level CHECK (
        verification_level IN ('NOT_YET_VERIFIED', 'EXISTENCE_CONFIRMED', 'CONFIRMED_BY_ORGANISATION')),
    ADD CONSTRAINT ck_organisation_verification CHECK (
        (verification_level = 'NOT_YET_VERIFIED' AND verified_at IS NULL AND verified_by IS NULL)
        OR (verification_level <> 'NOT_YET_VERIFIED' AND verified_at IS NOT NULL));
CREATE INDEX ix_organisation_verified_by ON organisation (verified_by);

-- The moderators' "to re-check" list: published, confirmed profiles, oldest verification first.
CREATE INDEX ix_organisation_verified_at ON organisation (verified_at, id)
    WHERE publication_status = 'PUBLISHED' AND verification_level <> 'NOT_YET_VERIFIED';
