-- Rate limits and the login throttle (issue 15): token buckets of Bucket4j's PostgreSQL integration
-- (PostgreSQLSelectForUpdateBasedProxyManager), shared by every instance, so that an address or an account
-- gets the same limit whichever instance a request reaches. One row per bucket, locked with SELECT ... FOR
-- UPDATE while Bucket4j reads and writes it. The rules are in system.RateLimits.
--   id          the limit's name, "count" or "lock", and a keyed hash (AppSecrets) of the email or address:
--               no email or address is stored
--   state       the bucket, serialised by Bucket4j (null for a moment: Bucket4j inserts an empty row first)
--   expires_at  when the bucket is full again and can be forgotten, in milliseconds since 1970, written by
--               Bucket4j's expiration strategy; RateLimits.removeExpired deletes the rows past it. The
--               default (an hour from the insert) covers an empty row whose bucket was never written (a
--               request that failed between the two statements), so that no row stays for ever.
CREATE TABLE rate_limit_bucket (
    id         text   NOT NULL PRIMARY KEY,
    state      bytea,
    expires_at bigint NOT NULL DEFAULT ((extract(epoch FROM clock_timestamp()) * 1000)::bigint + 3600000)
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
