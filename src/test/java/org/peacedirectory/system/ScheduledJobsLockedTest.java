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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Scheduled jobs run once across all instances: each takes its lock in {@code shedlock} (V18) before it runs,
 * and an instance that finds the lock held by another skips that round. "Another instance" here is a lock
 * provider of its own on the same database, signing its locks as that instance would.
 */
@DirectoryTest
class ScheduledJobsLockedTest {

    private static final String OTHER = "another-instance/test";

    @Autowired
    ApplicationContext app;

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
        for (Job job : appJobs()) {
            SchedulerLock lock = job.lock();
            assertThat(lock).as(job.method().toString()).isNotNull();
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
    void noJobRunsWhileAnotherInstanceHoldsItsLockAndEachTakesItWhenFree() {
        for (Job job : appJobs()) {
            String name = job.lock().name();
            SimpleLock held = holdElsewhere(name);
            try {
                job.run();

                assertThat(lockedBy(name))
                        .as("%s: the lock left as the other instance took it", name)
                        .isEqualTo(OTHER);
            } finally {
                held.unlock();
            }

            job.run();

            assertThat(lockedBy(name))
                    .as("%s: run here once free, under its lock", name)
                    .isNotEqualTo(OTHER);
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

    /** One of the app's {@code @Scheduled} methods, on its bean as the scheduler calls it (through its proxy). */
    record Job(Object bean, Method method) {

        void run() {
            ReflectionUtils.makeAccessible(method);
            ReflectionUtils.invokeMethod(method, bean);
        }

        @Nullable
        SchedulerLock lock() {
            return method.getAnnotation(SchedulerLock.class);
        }
    }

    /** The app's {@code @Scheduled} methods (not the libraries'). */
    private List<Job> appJobs() {
        List<Job> jobs = new ArrayList<>();
        for (Object bean : app.getBeansOfType(Object.class, false, false).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (type.getName().startsWith("org.peacedirectory.")) {
                ReflectionUtils.doWithMethods(
                        type,
                        method -> jobs.add(new Job(bean, method)),
                        method -> method.isAnnotationPresent(Scheduled.class));
            }
        }
        assertThat(jobs).isNotEmpty();
        return jobs;
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
