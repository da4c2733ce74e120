package org.peacedirectory.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a build's progress at most every few seconds: share done, organisations per second, time left;
 * and the whole build's time and rate at the end. How many there are to index is the count the mass
 * indexer makes itself when it starts (no count of its own).
 */
final class MassIndexingProgress implements MassIndexingMonitor {

    private static final Logger log = LoggerFactory.getLogger(MassIndexingProgress.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final AtomicLong expected = new AtomicLong();
    private final long started = System.nanoTime();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong loggedAt = new AtomicLong(started);

    @Override
    public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
        return new MassIndexingTypeGroupMonitor() {
            @Override
            public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                started.totalCount().ifPresent(expected::addAndGet);
            }

            @Override
            public void documentsIndexed(long increment) {}

            @Override
            public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {}
        };
    }

    @Override
    public void documentsAdded(long increment) {
        long done = indexed.addAndGet(increment);
        long now = System.nanoTime();
        long last = loggedAt.get();
        if (now - last >= EVERY_NANOS && loggedAt.compareAndSet(last, now)) {
            double seconds = (now - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            long total = expected.get();
            long left = Math.max(0, total - done);
            log.info(
                    "Search index: {} of {} organisations ({}%), {} a second, about {} s left",
                    done,
                    total,
                    total == 0 ? 100 : done * 100 / total,
                    Math.round(rate),
                    Math.round(left / Math.max(rate, 1)));
        }
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void indexingCompleted() {
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(
                "Search index built: {} organisations in {} s ({} a second)",
                indexed.get(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                Math.round(indexed.get() / Math.max(seconds, 1e-3)));
    }
}
