package org.peacedirectory.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hands the failed event publications to their listeners again, every {@code directory.events.resubmit-every}
 * (1 minute; {@code 0s} never, as in tests, which call {@link #resubmit()} themselves), through Modulith's
 * {@link FailedEventPublications}. A publication is failed when its listener threw (the mail server was
 * down), or when a crash left it behind (committed, but its listener never ran or never finished): Modulith's
 * staleness check ({@code spring.modulith.events.staleness.*}) marks those failed once they have been
 * published, processing or resubmitted for longer than 10 minutes.
 * <p>
 * Chosen for several instances: every instance runs this, and Modulith takes each publication with a
 * conditional update ({@code status <> 'RESUBMITTED'}), so of two rounds at once usually one takes it. Not
 * {@code spring.modulith.events.republish-outstanding-events-on-restart}: an instance starting would run
 * again every incomplete publication, those another instance is running at that moment included. Modulith
 * 2.0 measures staleness from the publication date, so a publication resubmitted long after it was published
 * may be marked failed while it still runs, and taken again: a durable listener must therefore do its work
 * once however often it runs; the mail listeners do ({@link SentMail}).
 */
@Component
class EventPublicationRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

    private final FailedEventPublications failed;
    private final Duration every;

    EventPublicationRetry(FailedEventPublications failed, @Value("${directory.events.resubmit-every}") Duration every) {
        this.failed = failed;
        this.every = every;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!every.isNegative() && !every.isZero()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::resubmitLogged, every, every));
        }
    }

    /** Hands every failed publication to its listener again (on its thread, after this returns). */
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults());
    }

    private void resubmitLogged() {
        try {
            resubmit();
        } catch (RuntimeException e) { // the database may be down: the next round tries again
            log.warn("Could not resubmit the failed event publications: {}", e.toString());
        }
    }
}
