package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The retry round: scheduled at its interval (never with 0s), skipped while another instance holds its lock,
 * and handing over only what has attempts left.
 */
class EventPublicationRetryTest {

    private final List<ResubmissionOptions> rounds = new ArrayList<>();
    private final FailedEventPublications failed = rounds::add;
    /** Locks always free, as on a single instance. */
    private final LockingTaskExecutor free = new DefaultLockingTaskExecutor(lock -> Optional.of(() -> {}));

    @Test
    void runsEveryIntervalAndNeverWithZero() {
        ScheduledTaskRegistrar every = new ScheduledTaskRegistrar();
        new EventPublicationRetry(failed, free, Duration.ofMinutes(1), 1440).configureTasks(every);
        ScheduledTaskRegistrar never = new ScheduledTaskRegistrar();
        new EventPublicationRetry(failed, free, Duration.ZERO, 1440).configureTasks(never);

        assertThat(every.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(1));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(never.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void aScheduledRoundIsSkippedWhileAnotherInstanceHoldsItsLock() {
        List<String> asked = new ArrayList<>();
        LockingTaskExecutor heldElsewhere = new DefaultLockingTaskExecutor(lock -> {
            asked.add(lock.getName());
            return Optional.empty();
        });
        new EventPublicationRetry(failed, heldElsewhere, Duration.ofMinutes(1), 1440).resubmitOnSchedule();

        assertThat(asked).containsExactly(EventPublicationRetry.LOCK);
        assertThat(rounds).as("no round while the lock is held").isEmpty();

        new EventPublicationRetry(failed, free, Duration.ofMinutes(1), 1440).resubmitOnSchedule();
        assertThat(rounds).as("a round once it is free").hasSize(1);
    }

    @Test
    void handsOverOnlyPublicationsWithAttemptsLeft() {
        EventPublicationRetry retry = new EventPublicationRetry(failed, free, Duration.ZERO, 3);

        retry.resubmit();

        ResubmissionOptions options = rounds.get(0);
        assertThat(options.getFilter().test(withAttempts(1))).isTrue();
        assertThat(options.getFilter().test(withAttempts(2))).isTrue();
        assertThat(options.getFilter().test(withAttempts(3)))
                .as("its last attempt made")
                .isFalse();
        assertThat(options.getBatchSize()).isEqualTo(1000);
    }

    private static EventPublication withAttempts(int attempts) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return Instant.EPOCH;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return Status.FAILED;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return null;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
