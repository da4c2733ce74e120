package org.peacedirectory.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.system.AfterCommit;
import org.peacedirectory.system.PublishedChangeHeard;
import org.peacedirectory.system.PublishedDataCaches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With a search cluster (outbox-polling), forgets the {@link PublishedDataCaches} once more when a change
 * has reached the index. They are forgotten at the commit, but the index takes the change a moment later:
 * a count read in that moment would be kept, stale, for the caches' whole lifetime. So after a change this
 * polls the outbox every 100 ms until no event is pending (the processors have sent them all to the
 * cluster), waits one refresh of the index, and forgets the caches; after 5 s it forgets them anyway.
 * Changes that come meanwhile join the same wait. A change published through another instance, heard
 * through PostgreSQL ({@link PublishedChangeHeard}), starts the same wait here. With Lucene it does nothing
 * (indexed at the commit). Hears the change after its commit without the event publication registry: what
 * it forgets lives in memory (see {@link AfterCommit}).
 */
@Component
class CachesAfterIndexing {

    private static final Logger log = LoggerFactory.getLogger(CachesAfterIndexing.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** The index's refresh interval (search/elasticsearch-index-settings.json) and a margin. */
    private static final Duration REFRESH = Duration.ofMillis(300);

    private static final Duration GIVE_UP = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final PublishedDataCaches caches;
    private final @Nullable ScheduledExecutorService scheduler;
    private final AtomicBoolean waiting = new AtomicBoolean();

    CachesAfterIndexing(
            JdbcClient jdbc, PublishedDataCaches caches, @Value("${directory.search.url:}") String cluster) {
        this.jdbc = jdbc;
        this.caches = caches;
        this.scheduler = StringUtils.hasText(cluster)
                ? Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "caches-after-indexing");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    @EventListener
    void changed(PublishedProfileChanged change) {
        if (scheduler != null) {
            AfterCommit.run(this::waitForTheIndex);
        }
    }

    @EventListener
    void heard(PublishedChangeHeard change) {
        if (scheduler != null && change.elsewhere()) {
            waitForTheIndex();
        }
    }

    private void waitForTheIndex() {
        ScheduledExecutorService scheduler = Objects.requireNonNull(this.scheduler, "listened for only with one");
        if (waiting.compareAndSet(false, true)) {
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            scheduler.schedule(() -> check(deadline), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void check(long deadline) {
        ScheduledExecutorService scheduler = Objects.requireNonNull(this.scheduler, "scheduled only on it");
        waiting.set(false); // a change committed from here on is covered by this check or starts its own wait
        boolean pending;
        try {
            pending = jdbc.sql("select exists (select 1 from hsearch_outbox_event where status = 'PENDING')")
                    .query(Boolean.class)
                    .single();
        } catch (RuntimeException failure) {
            log.debug("Outbox not readable, caches forgotten after the refresh: {}", failure.toString());
            pending = false;
        }
        if (pending && System.nanoTime() < deadline) {
            if (waiting.compareAndSet(false, true)) {
                scheduler.schedule(() -> check(deadline), POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        scheduler.schedule(caches::forgetAll, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
