package org.peacedirectory.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits counted in PostgreSQL, so that every instance behind a load balancer sees the same counts: token
 * buckets of Bucket4j's PostgreSQL integration in the table {@code rate_limit_bucket} (V16), one row per
 * bucket, held with {@code SELECT ... FOR UPDATE} while it is read and written (row locks, rather than
 * advisory locks whose 32-bit ids from string keys could collide with the app's own advisory locks).
 *
 * <p>The rule of a {@link Limit} of N events per period P, for one key (an email, an address): the key
 * has N tokens, all given back at once every P, the periods starting with the key's first counted event;
 * each event takes one. The event that takes the last token locks the key for exactly P from that moment
 * (a one-token bucket refilled over P); while locked, events are neither counted nor extend the lock, and
 * when it ends the N tokens are back. So N events within one period, or in quick succession, lock the key
 * for P; a key that stays below N in each period can have up to 2N-1 events in a short span across the end
 * of one (N-1 just before, N just after, the last of them locking).
 *
 * <p>Time is the app's {@link Clock} (Bucket4j's client-side clock), so tests can move it; instances must
 * have their clocks in step (NTP). A bucket is full again, and can be forgotten, when its tokens are back
 * (Bucket4j's expiration strategy writes that moment in {@code expires_at}); {@link #removeExpired} deletes
 * such rows every 10 minutes (on one instance at a time), so a flood of distinct keys cannot grow the table without bound. Keys are
 * stored as a keyed hash ({@link AppSecrets}), of bounded length, and tell nothing of emails or addresses.
 * A database that does not answer makes every call throw a {@link DataAccessException}, which the web layer
 * turns into its 503 page.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    static final String TABLE = "rate_limit_bucket";
    /** Rows deleted per statement by {@link #removeExpired}: a short statement, far below the timeout. */
    static final int REMOVAL_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcClient jdbc;
    private final AppSecrets secrets;
    private final SQLExceptionSubclassTranslator translator = new SQLExceptionSubclassTranslator();

    /** The app's is a bean; a test may make one with a clock of its own. */
    public RateLimits(DataSource dataSource, Clock clock, AppSecrets secrets) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.jdbc = JdbcClient.create(dataSource);
        this.secrets = secrets;
    }

    /** At most {@code events} per {@code period} for one key, by the rule in the class comment. */
    public Limit limit(String name, int events, Duration period) {
        return new Limit(name, events, period);
    }

    /**
     * Every 10 minutes, on one instance at a time ({@code shedlock}): {@link #removeExpired}. A run takes well
     * under a second (a flood's hour of buckets, a few seconds); the lock outlives an instance that died
     * during one by at most 5 minutes.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "rate-limit-buckets-removal", lockAtMostFor = "PT5M")
    public void removeExpiredOnSchedule() {
        removeExpired();
    }

    /**
     * Deletes the buckets that are full again (and the empty rows of buckets never written), in batches.
     * Safe even on several instances at once: each batch skips the rows another holds.
     */
    public void removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = call(() -> buckets.removeExpired(REMOVAL_BATCH));
            removed += batch;
        } while (batch == REMOVAL_BATCH);
        log.debug("Removed {} rate limit buckets full again", removed);
    }

    /** One limit: see the class comment for its rule. */
    public final class Limit {

        private final String name;
        private final BucketConfiguration count;
        private final BucketConfiguration lock;

        private Limit(String name, int events, Duration period) {
            this.name = name;
            this.count = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(events)
                            .refillIntervally(events, period)
                            .build())
                    .build();
            this.lock = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(1)
                            .refillGreedy(1, period)
                            .build())
                    .build();
        }

        /** How long the key stays locked; zero when it is not. */
        public Duration lockedFor(String key) {
            EstimationProbe probe = call(() -> bucket("lock", key, lock).estimateAbilityToConsume(1));
            return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        }

        /** Counts one event of the key, unless it is locked; the event that takes the last token locks it. */
        public void record(String key) {
            if (!lockedFor(key).isZero()) {
                return;
            }
            ConsumptionProbe taken = call(() -> bucket("count", key, count).tryConsumeAndReturnRemaining(1));
            if (!taken.isConsumed() || taken.getRemainingTokens() == 0) {
                call(() -> bucket("lock", key, lock).tryConsume(1));
            }
        }

        /** Locks the key at once for the whole period, as the event that takes its last token does: for tests. */
        public void lock(String key) {
            call(() -> bucket("lock", key, lock).tryConsume(1));
        }

        /** Forgets the key's events and lock. */
        public void forget(String key) {
            call(() -> {
                buckets.removeProxy(id("count", key));
                buckets.removeProxy(id("lock", key));
                return true;
            });
        }

        /** Forgets every key of this limit: for tests. */
        public void forgetAll() {
            jdbc.sql("DELETE FROM " + TABLE + " WHERE id LIKE ?")
                    .param(name + ":%")
                    .update();
        }

        private BucketProxy bucket(String kind, String key, BucketConfiguration configuration) {
            return buckets.builder().build(id(kind, key), () -> configuration);
        }

        private String id(String kind, String key) {
            return name + ":" + kind + ":" + HexFormat.of().formatHex(secrets.hmac("rate-limit-key", key));
        }
    }

    /** Bucket4j's failures (an {@link SQLException} wrapped) as Spring's, which the 503 handling knows. */
    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    if (sql.getSQLState() == null || DatabaseUnavailable.causedBy(sql)) {
                        // Bucket4j rolls back after a failed statement and reports the rollback's failure
                        // ("Connection is closed", no state) instead: its fixed SQL only fails so on a lost
                        // connection.
                        throw new DataAccessResourceFailureException("rate limit bucket", sql);
                    }
                    DataAccessException translated = translator.translate("rate limit bucket", null, sql);
                    throw translated != null
                            ? translated
                            : new UncategorizedSQLException("rate limit bucket", null, sql);
                }
            }
            throw failure;
        }
    }

    /** The app's clock as Bucket4j's: wall-clock time, in nanoseconds since 1970. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
