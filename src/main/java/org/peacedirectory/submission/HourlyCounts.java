package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most so many events an hour per key, counted over a sliding hour. In memory: see SubmissionRateLimiter. */
final class HourlyCounts {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final int perHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    HourlyCounts(Clock clock, int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** How long this key must wait before its next event, or zero when it may go ahead. */
    Duration waitFor(String key) {
        Deque<Instant> times = recent.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            forgetOld(times);
            if (times.size() < perHour) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), times.peekFirst().plus(WINDOW))
                    .plusSeconds(1);
        }
    }

    void record(String key) {
        recent.values().removeIf(times -> {
            synchronized (times) {
                forgetOld(times);
                return times.isEmpty();
            }
        });
        Deque<Instant> times = recent.computeIfAbsent(key, unused -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

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
