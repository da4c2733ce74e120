package org.peacedirectory.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moments as moderators read them in templates ({@code ${@times.format(instant)}}), in UTC. */
@Component("times")
public class Times {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** For {@code <time datetime>}: the HTML standard allows at most milliseconds. */
    public @Nullable String iso(@Nullable Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public @Nullable String format(@Nullable Instant instant) {
        return instant == null ? null : READABLE.format(instant);
    }
}
