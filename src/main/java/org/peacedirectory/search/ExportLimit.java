package org.peacedirectory.search;

import java.time.Duration;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many CSV exports an hour from one address, counted in PostgreSQL for every instance
 * ({@link RateLimits}, whose rule the class comment there gives): an export reads up to
 * {@link ListCsvController#MAX_ROWS} organisations, some hundred times a list page's work.
 */
@Component
class ExportLimit {

    private final RateLimits.Limit exports;

    ExportLimit(RateLimits limits, @Value("${directory.exports.per-ip-per-hour}") int perHour) {
        this.exports = limits.limit("csv-exports", perHour, Duration.ofHours(1));
    }

    /** How long the address must wait, in whole seconds rounded up; zero when it may export. */
    Duration waitFor(String address) {
        Duration wait = exports.lockedFor(address);
        Duration seconds = Duration.ofSeconds(wait.toSeconds());
        return seconds.equals(wait) ? wait : seconds.plusSeconds(1);
    }

    void record(String address) {
        exports.record(address);
    }

    /** Forgets every address: for tests that share one database. */
    void clear() {
        exports.forgetAll();
    }
}
