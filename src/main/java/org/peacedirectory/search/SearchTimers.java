package org.peacedirectory.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How long the search engine takes to answer (Lucene or the cluster), as {@code directory_search_seconds}
 * (a histogram, see application.properties): only searches that reach the engine, not those answered from
 * the search results cache (its hits are {@code cache_gets_total{cache="search-results"}}). Four series:
 * words typed or not ({@code words="given"|"none"}), and whether the engine answered
 * ({@code outcome="success"|"failure"}, a cluster that does not answer for instance).
 */
@Component
class SearchTimers {

    static final String NAME = "directory.search";

    private final Timer withWords;
    private final Timer withoutWords;
    private final Timer failedWithWords;
    private final Timer failedWithoutWords;

    SearchTimers(MeterRegistry registry) {
        withWords = timer(registry, "given", "success");
        withoutWords = timer(registry, "none", "success");
        failedWithWords = timer(registry, "given", "failure");
        failedWithoutWords = timer(registry, "none", "failure");
    }

    private static Timer timer(MeterRegistry registry, String words, String outcome) {
        return Timer.builder(NAME)
                .description("Time the search engine took to answer a search (not those answered from the cache)")
                .tag("words", words)
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Runs the search and records how long it took, and whether it failed. */
    <T> T time(boolean words, Supplier<T> search) {
        long start = System.nanoTime();
        boolean answered = false;
        try {
            T result = search.get();
            answered = true;
            return result;
        } finally {
            Timer timer =
                    answered ? (words ? withWords : withoutWords) : (words ? failedWithWords : failedWithoutWords);
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
