package org.peacedirectory.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all instances. Every {@code @Scheduled} job carries ShedLock's
 * {@code @SchedulerLock}: before it runs, the instance takes the job's row in the {@code shedlock} table (V18)
 * with a conditional update; an instance that finds the row held skips that round (it does not wait). The lock
 * ends with the run, or {@code lockAtMostFor} after it began if the instance died meanwhile. Times are the
 * database's ({@code usingDbTime()}), so instances whose clocks differ agree on who holds it. A job scheduled in
 * code rather than by annotation ({@link EventPublicationRetry}) takes its lock through
 * {@link #lockingTaskExecutor}. The lock is taken by method interception, so a job's annotated method is the
 * one the scheduler calls; tests call the work method beside it, unlocked.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLocks {

    /**
     * The locks in PostgreSQL, on the app's pool (each lock and unlock is one short statement). Each instance
     * signs its locks with its host name and a random part, so that two instances on one host (or two
     * application contexts in one test JVM) are told apart.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(instanceName())
                .usingDbTime()
                .build());
    }

    /** For jobs scheduled in code rather than by annotation: runs a task if its lock is free. */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
        return new DefaultLockingTaskExecutor(locks);
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 200 ? host.substring(0, 200) : host) + "/" + suffix;
    }
}
