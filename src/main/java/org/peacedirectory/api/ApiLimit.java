package org.peacedirectory.api;

import java.time.Duration;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many API requests an hour from one address, counted in PostgreSQL for every instance
 * ({@link RateLimits}). Answers the page cache keeps (a profile, a list without words) are not counted:
 * they cost nothing.
 */
@Component
class ApiLimit {

    private final RateLimits.Limit requests;

    ApiLimit(RateLimits limits, @Value("${directory.api.per-ip-per-hour}") int perHour) {
        this.requests = limits.limit("api-requests", perHour, Duration.ofHours(1));
    }

    /** Counts the request unless the address is locked; how long it must wait (whole seconds), or zero. */
    Duration take(String address) {
        Duration wait = requests.lockedFor(address);
        if (wait.isZero()) {
            requests.record(address);
            return Duration.ZERO;
        }
        Duration seconds = Duration.ofSeconds(wait.toSeconds());
        return seconds.equals(wait) ? wait : seconds.plusSeconds(1);
    }

    /** Locks the address out for the hour, as its last allowed request does: for tests. */
    void lockOut(String address) {
        requests.lock(address);
    }

    /** Forgets every address: for tests that share one database. */
    void clear() {
        requests.forgetAll();
    }
}
