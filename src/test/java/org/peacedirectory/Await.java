package org.peacedirectory;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition by asking it again and again until a deadline (never a fixed sleep). */
public final class Await {

    private static final Duration BETWEEN_TRIES = Duration.ofMillis(20);

    private Await() {}

    /** How long the condition took to hold; fails if it did not hold within the limit. */
    public static Duration within(Duration limit, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(BETWEEN_TRIES.toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
