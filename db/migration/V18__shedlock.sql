-- Scheduled jobs run on one instance at a time (issue 15): ShedLock's lock table (its JdbcTemplate provider,
-- the PostgreSQL layout of its README). One row per job, written the first time the job runs anywhere:
--   name        the job's lock name (@SchedulerLock, or the name EventPublicationRetry gives)
--   lock_until  until when the holder keeps it: the end of the run, or at most lockAtMostFor after it began
--               if the instance died meanwhile (so a dead instance never blocks a job for longer)
--   locked_at   when it was last taken; locked_by: which instance took it (host and a random part)
-- Times are the database server's, in UTC (usingDbTime()), so that instances whose clocks differ agree.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
