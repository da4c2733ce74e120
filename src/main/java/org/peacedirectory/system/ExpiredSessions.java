package org.peacedirectory.system;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the HTTP sessions (Spring Session JDBC's {@code spring_session}, V17) that expired: 30 minutes after
 * their last request. Spring Session's own clean-up is switched off ({@code spring.session.jdbc.cleanup-cron=-}):
 * it runs every minute on every instance and deletes everything expired in one statement, which after a flood
 * of sessions could outlast the statement timeout. A session asked for after it expired is deleted by Spring
 * Session then and there; this removes those nobody asks for again.
 */
@Component
public class ExpiredSessions {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);
    /** Sessions deleted per statement (their attributes go with them): a short statement. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every 5 minutes, on one instance at a time ({@code shedlock}). A run takes milliseconds (a flood's
     * sessions, seconds); the lock outlives an instance that died during one by at most 5 minutes.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "expired-sessions-removal", lockAtMostFor = "PT5M")
    public void removeOnSchedule() {
        remove();
    }

    /**
     * Deletes the expired sessions in batches, each its own statement and transaction, skipping rows another
     * transaction holds (a request saving its session); returns how many.
     */
    public int remove() {
        int removed = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                            delete from spring_session where primary_id in (
                                select primary_id from spring_session where expiry_time < ?
                                limit ? for update skip locked)""").params(clock.millis(), BATCH).update();
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            log.debug("Removed {} expired sessions", removed);
        }
        return removed;
    }
}
