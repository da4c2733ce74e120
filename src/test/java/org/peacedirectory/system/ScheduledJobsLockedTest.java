package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

/**
 * Scheduled jobs run once across all instances: each takes its lock in {@code shedlock} (V18) before it runs,
 * and an instance that finds the lock held by another skips that round. "Another instance" here is a lock
 * provider of its own on the same database, signing its locks as that instance would.
 */
@DirectoryTest
class ScheduledJobsLockedTest {

    private static final String OTHER = "another-instance/test";

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Autowired
    ExpiredSessions expiredSessions;

    @Autowired
    EventPublicationRetry eventPublicationRetry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyScheduledJobOfTheAppTakesALockOfItsOwn() {
        List<String> names = new ArrayList<>();
        for (ScheduledMethodRunnable job : appJobs()) {
            SchedulerLock lock = lockOf(job);
            assertThat(lock).as(job.getMethod().toString()).isNotNull();
            assertThat(Duration.parse(lock.lockAtMostFor()))
                    .as("%s: at most", lock.name())
                    .isBetween(Duration.ofMinutes(1), Duration.ofHours(1));
            names.add(lock.name());
        }
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "rate-limit-buckets-removal", "logo-uploads-removal", "expired-sessions-removal")
                .doesNotHaveDuplicates();
    }

    @Test
    void noJobRunsWhileAnotherInstanceHoldsItsLock() {
        for (ScheduledMethodRunnable job : appJobs()) {
            String name = lockOf(job).name();
            SimpleLock held = holdElsewhere(name);
            try {
                job.run();

                assertThat(lockedBy(name))
                        .as("%s: the lock left as the other instance took it", name)
                        .isEqualTo(OTHER);
            } finally {
                held.unlock();
            }
        }
        SimpleLock held = holdElsewhere(EventPublicationRetry.LOCK);
        try {
            eventPublicationRetry.resubmitOnSchedule();

            assertThat(lockedBy(EventPublicationRetry.LOCK)).isEqualTo(OTHER);
        } finally {
            held.unlock();
        }
    }

    @Test
    void theExpiredSessionsAreRemovedOnlyOnceTheOtherInstanceReleasesTheLock() {
        String expired = insertExpiredSession();
        SimpleLock held = holdElsewhere("expired-sessions-removal");
        try {
            expiredSessions.removeOnSchedule();

            assertThat(sessionExists(expired))
                    .as("skipped while the other instance holds the lock")
                    .isTrue();
        } finally {
            held.unlock();
        }

        expiredSessions.removeOnSchedule();

        assertThat(sessionExists(expired)).as("removed once it is free").isFalse();
        assertThat(lockedBy("expired-sessions-removal")).isNotEqualTo(OTHER).contains("/");
        assertThat(jdbc.sql("""
                        select abs(extract(epoch from (locked_at - timezone('utc', now()))))
                        from shedlock where name = 'expired-sessions-removal'""").query(Double.class).single())
                .as("the database's own time, in UTC")
                .isLessThan(60);
    }

    /** The app's {@code @Scheduled} methods (not the libraries'), as the scheduler runs them. */
    private List<ScheduledMethodRunnable> appJobs() {
        List<ScheduledMethodRunnable> jobs = new ArrayList<>();
        for (ScheduledTaskHolder scheduler : schedulers) {
            for (ScheduledTask task : scheduler.getScheduledTasks()) {
                if (task.getTask().getRunnable() instanceof ScheduledMethodRunnable job
                        && AopUtils.getTargetClass(job.getTarget()).getName().startsWith("org.peacedirectory.")) {
                    jobs.add(job);
                }
            }
        }
        assertThat(jobs).isNotEmpty();
        return jobs;
    }

    private static SchedulerLock lockOf(ScheduledMethodRunnable job) {
        Method method = AopUtils.getMostSpecificMethod(job.getMethod(), AopUtils.getTargetClass(job.getTarget()));
        return method.getAnnotation(SchedulerLock.class);
    }

    /**
     * Takes the lock as another instance would (waiting out a round of another test context on the same
     * database, which holds it for milliseconds).
     */
    private SimpleLock holdElsewhere(String name) {
        JdbcTemplateLockProvider otherInstance =
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("shedlock")
                        .withLockedByValue(OTHER)
                        .usingDbTime()
                        .build());
        AtomicReference<SimpleLock> held = new AtomicReference<>();
        Await.within(Duration.ofSeconds(10), "the lock " + name, () -> {
            Optional<SimpleLock> lock = otherInstance.lock(
                    new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
            lock.ifPresent(held::set);
            return lock.isPresent();
        });
        return held.get();
    }

    private String lockedBy(String name) {
        return jdbc.sql("select locked_by from shedlock where name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    private String insertExpiredSession() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                            max_inactive_interval, expiry_time) values (?, ?, 0, 0, 1800, 1800000)""").params(id, UUID.randomUUID().toString()).update();
        return id;
    }

    private boolean sessionExists(String primaryId) {
        return jdbc.sql("select count(*) from spring_session where primary_id = ?")
                        .param(primaryId)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
