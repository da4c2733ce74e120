package org.peacedirectory.report;

import java.time.Duration;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many problem reports an hour from one address (its hash), counted in PostgreSQL
 * ({@link RateLimits}) by the same rule as submissions: the report that reaches the limit closes the form
 * to that address for an hour from that moment.
 */
@Component
class ReportRateLimiter {

    private static final Duration PERIOD = Duration.ofHours(1);

    private final RateLimits.Limit reports;

    ReportRateLimiter(RateLimits limits, @Value("${directory.reports.per-ip-per-hour}") int perHour) {
        this.reports = limits.limit("reports", perHour, PERIOD);
    }

    /** How long this address must wait before reporting again (whole seconds, rounded up), or zero. */
    Duration waitFor(String addressHash) {
        Duration wait = reports.lockedFor(addressHash);
        Duration seconds = Duration.ofSeconds(wait.toSeconds());
        return seconds.equals(wait) ? wait : seconds.plusSeconds(1);
    }

    void record(String addressHash) {
        reports.record(addressHash);
    }

    /** Forgets everyone: for tests that share one database. */
    void clear() {
        reports.forgetAll();
    }
}
