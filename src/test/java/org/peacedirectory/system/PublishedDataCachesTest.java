package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The caches of published data, through Spring's caching as the app configures it: values kept until
 * published data changes, never a value read before a change kept after it, nothing kept with a lifetime
 * of zero, no more values than a cache's size, and nothing kept while other instances' publications may
 * have gone unheard for too long.
 */
class PublishedDataCachesTest {

    /** Stands for the published profiles and what is computed from them (a proxy: state through methods). */
    static class Published {

        private final AtomicInteger computations = new AtomicInteger();
        private volatile String data = "before";
        /** Runs after the data has been read, before the value is returned. */
        private volatile Runnable afterReading = () -> {};

        @CachedUntilPublish(PublishedDataCaches.SEARCH_RESULTS)
        public String search(String query) {
            computations.incrementAndGet();
            String read = data;
            afterReading.run();
            return read + " " + query;
        }

        @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
        public int count(int key) {
            computations.incrementAndGet();
            return key;
        }

        public int computations() {
            return computations.get();
        }

        public void change(String data) {
            this.data = data;
        }

        public void afterReading(Runnable action) {
            this.afterReading = action;
        }
    }

    private AnnotationConfigApplicationContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void keepsAValueUntilPublishedDataChanges() {
        Published published = start("10m");

        published.search("peace");
        assertThat(published.search("peace")).isEqualTo("before peace");
        assertThat(published.computations()).as("computed once").isEqualTo(1);

        published.change("after");
        assertThat(published.search("peace")).as("kept").isEqualTo("before peace");
        context.getBean(PublishedDataCaches.class).forgetAll();

        assertThat(published.search("peace")).isEqualTo("after peace");
        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void doesNotKeepAValueReadBeforeAChangeThatWasForgottenWhileItWasComputed() throws Exception {
        // A search that read the index just before a moderator's change was committed, and ends after the
        // caches were forgotten for that change.
        Published published = start("10m");
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        published.afterReading(() -> {
            read.countDown();
            await(changed);
        });
        CompletableFuture<String> searchDuringTheChange =
                CompletableFuture.supplyAsync(() -> published.search("peace"));
        await(read);
        published.afterReading(() -> {});

        published.change("after");
        context.getBean(PublishedDataCaches.class).forgetAll();
        changed.countDown();

        assertThat(searchDuringTheChange.get(10, TimeUnit.SECONDS)).isEqualTo("before peace");
        assertThat(published.search("peace"))
                .as("computed again, not the value read before the change")
                .isEqualTo("after peace");
        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void keepsNothingWithALifetimeOfZero() {
        Published published = start("0s");

        published.search("peace");
        published.search("peace");

        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void keepsNoMoreValuesThanTheCachesSize() {
        Published published = start("10m");

        for (int key = 0; key < 100; key++) {
            published.count(key);
        }

        Cache<?, ?> counts = (Cache<?, ?>) context.getBean(CacheManager.class)
                .getCache(PublishedDataCaches.TAXONOMY_COUNTS)
                .getNativeCache();
        counts.cleanUp(); // Caffeine evicts in its maintenance, which this runs now
        assertThat(counts.estimatedSize())
                .isLessThanOrEqualTo(PublishedDataCaches.SIZES.get(PublishedDataCaches.TAXONOMY_COUNTS));
    }

    @Test
    void keepsNothingOnceTheListenerHasNotHeardForLongerThanTheLimitAndKeepsAgainWhenItHears() {
        context = CachingContext.start(
                Map.of("directory.search.cache-lifetime", "10m", "directory.caches.unheard-limit", "1s"),
                beans -> beans.register(Published.class));
        Published published = context.getBean(Published.class);
        PublishedDataCaches caches = context.getBean(PublishedDataCaches.class);
        caches.heard(); // a listener heard every change just now
        published.search("peace");
        published.search("peace");
        assertThat(published.computations()).as("kept while heard").isEqualTo(1);

        Await.within(Duration.ofSeconds(10), "the limit passed unheard", () -> !caches.keeping());
        published.change("after");
        assertThat(published.search("peace")).as("the kept value not read").isEqualTo("after peace");
        published.search("peace");
        assertThat(published.computations()).as("nothing kept").isEqualTo(3);

        caches.heard(); // the listener hears again: it forgets everything
        caches.forgetAll();
        published.search("peace");
        published.search("peace");
        assertThat(published.computations()).as("kept again").isEqualTo(4);
    }

    @Test
    void keepsValuesWhenNoListenerRuns() {
        context = CachingContext.start(
                Map.of("directory.search.cache-lifetime", "10m", "directory.caches.unheard-limit", "0s"),
                beans -> beans.register(Published.class));
        Published published = context.getBean(Published.class);

        published.search("peace");
        published.search("peace");

        assertThat(context.getBean(PublishedDataCaches.class).keeping()).isTrue();
        assertThat(published.computations()).isEqualTo(1);
    }

    private Published start(String lifetime) {
        context = CachingContext.start(lifetime, beans -> beans.register(Published.class));
        return context.getBean(Published.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS))
                    .as("waited for the other thread")
                    .isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
