package org.peacedirectory.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping jobs (e.g. deleting logo uploads of forms never sent), each run by one instance at a time
 * ({@link SchedulerLocks}), and how a listener that runs on a thread of its own ({@code @ApplicationModuleListener},
 * async through Spring Modulith) reports a failure: one warning line, not a stack trace, since its event
 * publication stays recorded and is resubmitted (a mail server down for an hour would otherwise fill the log).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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
}
