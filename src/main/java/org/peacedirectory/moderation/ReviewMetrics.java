package org.peacedirectory.moderation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review queue and the moderators' decisions as gauges, read from PostgreSQL so that every instance
 * reports the same figures (in Prometheus, take one instance's or the {@code max}, never the sum):
 * <ul>
 * <li>{@code directory_submissions_pending}: submissions waiting for a moderator's review;</li>
 * <li>{@code directory_submissions_pending_oldest_age_seconds}: how long ago the oldest of them was sent (0 when
 * none waits);</li>
 * <li>{@code directory_moderation_decisions_last_day{outcome="approved"|"rejected"|"changes_requested"|"spam"}}:
 * decisions in the last 24 hours, from the moderation log.</li>
 * </ul>
 * Decisions are a gauge over the log rather than a counter incremented by the instance that decides: a counter
 * lives in one instance's memory, so it restarts from 0 with the instance and loses what happened since the
 * last scrape when the instance is killed, and the whole picture needs every instance's series added up. The
 * append-only log already holds every decision of every instance: read from it, the figure is exact, the same
 * on every instance, and survives restarts. Its cost is one range scan of a day of the log (indexed on
 * {@code at}).
 * <p>
 * All the figures come from one statement, kept {@link #FRESH_FOR} so that a scrape (or several instances'
 * scrapes of their own) costs at most one cheap query. When the database does not answer, the gauges are NaN
 * (unknown) until it does, the failure kept as long as a figure would be, so that a scrape waits for the
 * connection timeout at most once in that time and never fails.
 */
@Component
class ReviewMetrics implements MeterBinder {

    /** How long one reading of the figures is used. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** The decisions counted (their tags, and the columns of the statement below). */
    private static final List<String> OUTCOMES = List.of("approved", "rejected", "changes_requested", "spam");

    private static final Logger log = LoggerFactory.getLogger(ReviewMetrics.class);

    /** One reading; NaN everywhere when the database did not answer. */
    record Figures(double pending, double oldestAgeSeconds, Map<String, Double> decisions) {

        static final Figures UNKNOWN = new Figures(Double.NaN, Double.NaN, Map.of());

        double decisions(String outcome) {
            return decisions.getOrDefault(outcome, Double.NaN);
        }
    }

    private final JdbcClient jdbc;
    private @Nullable Figures figures;
    private long readAt;

    ReviewMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "directory.submissions.pending",
                "Submissions waiting for a moderator's review",
                null,
                f -> f.pending());
        gauge(
                registry,
                "directory.submissions.pending.oldest.age",
                "How long ago the oldest submission waiting for review was sent",
                "seconds",
                Figures::oldestAgeSeconds);
        OUTCOMES.forEach(outcome -> Gauge.builder(
                        "directory.moderation.decisions.last.day",
                        this,
                        metrics -> metrics.figures().decisions(outcome))
                .description("Moderators' decisions on submissions in the last 24 hours, by outcome")
                .tag("outcome", outcome)
                .register(registry));
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            @Nullable String unit,
            ToDoubleFunction<Figures> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.figures()))
                .description(description)
                .baseUnit(unit)
                .register(registry);
    }

    /** The figures read within {@link #FRESH_FOR}, or read now. */
    synchronized Figures figures() {
        Figures known = figures;
        if (known != null && System.nanoTime() - readAt < FRESH_FOR.toNanos()) {
            return known;
        }
        known = read();
        figures = known;
        readAt = System.nanoTime();
        return known;
    }

    /** Forgets the last reading: the next one asks the database (tests). */
    synchronized void forget() {
        figures = null;
    }

    private Figures read() {
        try {
            return jdbc.sql("""
                    select (select count(*) from submission where status = 'PENDING') as pending,
                           (select coalesce(extract(epoch from now() - min(created_at)), 0)
                              from submission where status = 'PENDING') as oldest,
                           count(*) filter (where action = 'SUBMISSION_APPROVED') as approved,
                           count(*) filter (where action = 'SUBMISSION_REJECTED') as rejected,
                           count(*) filter (where action = 'CHANGES_REQUESTED') as changes_requested,
                           count(*) filter (where action = 'MARKED_SPAM') as spam
                    from moderation_log
                    where at > now() - interval '24 hours'
                      and action in ('SUBMISSION_APPROVED', 'SUBMISSION_REJECTED', 'CHANGES_REQUESTED', 'MARKED_SPAM')
                    """)
                    .query((row, number) -> {
                        Map<String, Double> decisions = new HashMap<>();
                        for (String outcome : OUTCOMES) {
                            decisions.put(outcome, (double) row.getLong(outcome));
                        }
                        return new Figures(row.getLong("pending"), row.getDouble("oldest"), Map.copyOf(decisions));
                    })
                    .single();
        } catch (RuntimeException unanswered) { // a scrape must not fail with the database
            log.debug("Review metrics not read: {}", unanswered.toString());
            return Figures.UNKNOWN;
        }
    }
}
