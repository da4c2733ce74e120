package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

    private final AtomicInteger computations = new AtomicInteger();
    private final ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ofMinutes(1), 10);

    @Test
    void remembersAValueWithinItsLifetimeAndForgetsItWhenCleared() {
        cache.get("a", key -> computations.incrementAndGet());
        cache.get("a", key -> computations.incrementAndGet());
        assertThat(computations).hasValue(1);

        cache.clear();

        assertThat(cache.get("a", key -> computations.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void doesNotKeepAValueComputedWhileTheDataChanged() {
        // A search that read the database just before a moderator's change was committed and cleared.
        cache.get("a", key -> {
            cache.clear();
            return computations.incrementAndGet();
        });

        assertThat(cache.get("a", key -> computations.incrementAndGet())).as("computed again").isEqualTo(2);
    }

    @Test
    void remembersNothingWithALifetimeOfZero() {
        ShortLivedCache<String, Integer> never = new ShortLivedCache<>(Duration.ZERO, 10);

        never.get("a", key -> computations.incrementAndGet());
        never.get("a", key -> computations.incrementAndGet());

        assertThat(computations).hasValue(2);
    }
}
