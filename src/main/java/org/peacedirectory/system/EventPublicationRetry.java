package org.peacedirectory.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
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
 * published, processing or resubmitted for longer than 10 minutes. After {@code directory.events.max-attempts}
 * runs (1440, the first one included: a day at one a minute) a publication is left failed in
 * {@code event_publication} for someone to look at (a mail server that refuses an address for good would
 * otherwise be asked every minute forever); setting its {@code completion_attempts} back to 1 hands it over
 * again.
 * <p>
 * Chosen for several instances: every instance schedules this, but a round runs on one instance at a time
 * (its lock, {@link #LOCK}, in {@code shedlock}: the others skip theirs while it is held); besides, Modulith
 * takes each publication with a conditional update ({@code status <> 'RESUBMITTED'}). Not
 * {@code spring.modulith.events.republish-outstanding-events-on-restart}: an instance starting would run
 * again every incomplete publication, those another instance is running at that moment included. Modulith
 * 2.0 measures staleness from the publication date, so a publication resubmitted long after it was published
 * may be marked failed while it still runs, and taken again: a durable listener must therefore do its work
 * once however often it runs; the mail listeners do ({@link SentMail}).
 */
@Component
public class EventPublicationRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);
    /** Failed publications read per round, oldest first (those given up included). */
    private static final int BATCH = 1000;

    /** The round's lock in {@code shedlock}: one instance at a time. */
    static final String LOCK = "event-publication-retry";
    /**
     * A round hands publications to their listeners' threads and returns within a second; should the
     * instance die during one, the others take the rounds over after this.
     */
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

    private final FailedEventPublications failed;
    private final LockingTaskExecutor locks;
    private final Duration every;
    private final int maxAttempts;

    EventPublicationRetry(
            FailedEventPublications failed,
            LockingTaskExecutor locks,
            @Value("${directory.events.resubmit-every}") Duration every,
            @Value("${directory.events.max-attempts}") int maxAttempts) {
        this.failed = failed;
        this.locks = locks;
        this.every = every;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!every.isNegative() && !every.isZero()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::resubmitOnSchedule, every, every));
        }
    }

    /**
     * Hands every failed publication not yet given up to its listener again (which runs on its own thread,
     * after this returns); returns how many it handed over.
     */
    public int resubmit() {
        AtomicInteger handedOver = new AtomicInteger();
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withFilter(publication -> {
            boolean again = publication.getCompletionAttempts() < maxAttempts;
            if (again) {
                handedOver.incrementAndGet();
            }
            return again;
        }));
        return handedOver.get();
    }

    /** A scheduled round: skipped while another instance runs one (its lock in {@code shedlock}). */
    void resubmitOnSchedule() {
        try {
            locks.executeWithLock(
                    (Runnable) this::resubmitLogged,
                    new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
        } catch (RuntimeException e) { // the database may be down: the next round tries again
            log.warn("Could not resubmit the failed event publications: {}", e.toString());
        }
    }

    private void resubmitLogged() {
        int handedOver = resubmit();
        if (handedOver > 0) {
            log.info("Resubmitted {} failed event publication(s)", handedOver);
        }
    }
}
