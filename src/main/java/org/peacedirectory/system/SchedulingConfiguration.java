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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping jobs (e.g. deleting logo uploads of forms never sent), run by one instance at a time, and how
 * a listener that runs on a thread of its own ({@code @ApplicationModuleListener}, async through Spring
 * Modulith) reports a failure: one warning line, not a stack trace, since its event publication stays recorded
 * and is resubmitted (a mail server down for an hour would otherwise fill the log).
 * <p>
 * <b>Once across instances.</b> Every {@code @Scheduled} job carries ShedLock's {@code @SchedulerLock}: before it
 * runs, the instance takes the job's row in the {@code shedlock} table (V18) with a conditional update; an
 * instance that finds the row held skips that round (it does not wait). The lock ends with the run, or
 * {@code lockAtMostFor} after it began if the instance died meanwhile. Times are the database's
 * ({@code usingDbTime()}), so instances whose clocks differ agree on who holds it. A job without the annotation
 * ({@link EventPublicationRetry}, scheduled through a {@code SchedulingConfigurer}) takes its lock through
 * {@link #lockingTaskExecutor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, arguments) -> log.warn(
                "{}.{} failed, to be retried: {}",
                method.getDeclaringClass().getSimpleName(),
                method.getName(),
                failure.toString());
    }

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
