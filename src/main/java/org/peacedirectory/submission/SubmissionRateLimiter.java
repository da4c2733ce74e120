package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many submissions an hour from one address, counted over the last hour. Kept in memory:
 * it only has to slow down a flood, and a restart forgetting it is harmless.
 */
@Component
class SubmissionRateLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final int perHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionRateLimiter(Clock clock, @Value("${directory.submissions.per-ip-per-hour}") int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** How long this address must wait before submitting again, or zero when it may go ahead. */
    Duration waitFor(String addressHash) {
        Deque<Instant> times = recent.get(addressHash);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            forgetOld(times);
            if (times.size() < perHour) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), times.peekFirst().plus(WINDOW)).plusSeconds(1);
        }
    }

    void recordSubmission(String addressHash) {
        recent.values().removeIf(times -> {
            synchronized (times) {
                forgetOld(times);
                return times.isEmpty();
            }
        });
        Deque<Instant> times = recent.computeIfAbsent(addressHash, key -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    /** Forgets everyone: for tests that share one application. */
    void clear() {
        recent.clear();
    }

    private void forgetOld(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
