package org.peacedirectory;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Asserts what search shows right after a commit, on either backend. The Lucene backend indexes a change
 * at its commit: the first look must already pass. With outbox-polling (Elasticsearch/OpenSearch backend)
 * a background processor indexes it a moment later (events polled every 100 ms, index refreshed every
 * 200 ms): the assertion is asked again until it passes or {@link #OUTBOX_DEADLINE} is over.
 */
public final class SearchAfterCommit {

    public static final Duration OUTBOX_DEADLINE = Duration.ofSeconds(2);
    private static final Duration BETWEEN_TRIES = Duration.ofMillis(20);

    private SearchAfterCommit() {}

    /** Runs the assertion until it passes; on Lucene, once. */
    public static void assertShown(Environment app, Runnable assertion) {
        boolean outbox = StringUtils.hasText(app.getProperty("directory.search.url"));
        long deadline = System.nanoTime() + (outbox ? OUTBOX_DEADLINE.toNanos() : 0);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() >= deadline) {
                    throw notYet;
                }
            }
            LockSupport.parkNanos(BETWEEN_TRIES.toNanos());
        }
    }
}
