package org.peacedirectory.system;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheOperationInvocationContext;
import org.springframework.cache.interceptor.CacheResolver;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.support.NoOpCache;
import org.springframework.stereotype.Component;

/**
 * The caches of data derived from published profiles, read through {@link CachedUntilPublish} (and the
 * rendered pages, which the pages module keeps under keys with the {@link #generation()}): each bounded,
 * kept for {@code directory.search.cache-lifetime} (see {@link CachingConfiguration}), and all forgotten by
 * {@link #forgetAll()} when a published profile changes on any instance (after its commit: see
 * {@link PublishedChanges}) or the search index has been rebuilt or has caught up with a change.
 * <p>
 * Emptying a cache does not stop a value being computed meanwhile from being stored afterwards (a search
 * that read the index just before a publish and ends just after it). So every key carries the generation
 * of the caches, counted up by each {@link #forgetAll()}: such a value is stored under a generation that
 * nobody asks for any more, and the next reader computes it again.
 * <p>
 * Other instances' publications are heard through PostgreSQL ({@link PublishedChangesListener}). While this
 * instance may have missed one for longer than {@code directory.caches.unheard-limit} (its listener
 * disconnected), the caches are not trusted: nothing is read from them or kept in them ({@link #keeping()}),
 * until the listener hears again and forgets them all.
 */
@Component(PublishedDataCaches.BEAN)
public class PublishedDataCaches implements KeyGenerator, CacheResolver {

    /** The bean name of this class: {@link CachedUntilPublish}'s key generator and cache resolver. */
    static final String BEAN = "publishedDataCaches";

    /** Whole search results, per query and page size: most readers ask what others asked since the last publish. */
    public static final String SEARCH_RESULTS = "search-results";
    /** Facet counts of lists without words, per combination of filters. */
    public static final String FACET_COUNTS = "search-facet-counts";
    /** The counts of /countries, /themes and the home page (with its map). */
    public static final String TAXONOMY_COUNTS = "taxonomy-counts";
    /** The profiles the home page shows as published and updated last. */
    public static final String HOME = "home";
    /** The related organisations of a profile, per organisation and language (four summaries each). */
    public static final String RELATED_ORGANISATIONS = "related-organisations";

    /** Every cache counted in values, with how many it keeps at most. */
    static final Map<String, Integer> SIZES = Map.of(
            SEARCH_RESULTS, 2000, FACET_COUNTS, 1000, TAXONOMY_COUNTS, 10, HOME, 10, RELATED_ORGANISATIONS, 1000);

    /**
     * Rendered public pages (the pages module), bounded by their size in bytes
     * ({@code directory.pages.cache-size}) rather than by a count: each value is {@link Weighed}.
     */
    public static final String PAGES = "pages";

    /** A value of the {@link #PAGES} cache: what it weighs in the cache's byte budget. */
    public interface Weighed {

        /** About how many bytes of heap the value holds. */
        int weight();
    }

    /**
     * The caches' current generation: counted up by each {@link #forgetAll()}, and the time it began (the
     * moment this instance last heard of a change to published data, or started): nothing cached since
     * then was read from older data.
     */
    public record Generation(long number, Instant since) {}

    /** A cached value's key: the generation it was computed in, the method and its arguments. */
    private record Key(long generation, Method method, List<Object> arguments) {}

    private final CacheManager caches;
    private final long unheardLimitNanos;
    private volatile Generation generation = new Generation(0, Instant.now());
    /** Whether a listener hears other instances' changes (not in a context without one: then always kept). */
    private volatile boolean listening;
    /** When the listener last knew it heard every change (System.nanoTime()). */
    private volatile long heardAt;

    PublishedDataCaches(CacheManager caches, @Value("${directory.caches.unheard-limit:10s}") Duration unheardLimit) {
        this.caches = caches;
        this.unheardLimitNanos = unheardLimit.toNanos();
    }

    @Override
    public Object generate(Object target, Method method, Object... arguments) {
        return new Key(generation.number(), method, Arrays.asList(arguments.clone()));
    }

    /**
     * The caches of the method's {@link CachedUntilPublish}: the named cache, or one that keeps nothing
     * while the caches are not {@link #keeping()}.
     */
    @Override
    public Collection<? extends Cache> resolveCaches(CacheOperationInvocationContext<?> context) {
        boolean keeping = keeping();
        return context.getOperation().getCacheNames().stream()
                .map(name -> keeping
                        ? Objects.requireNonNull(caches.getCache(name), () -> "no cache named " + name)
                        : new NoOpCache(name))
                .toList();
    }

    /**
     * Whether values may be kept and read now: unless this instance may have missed another's publication for
     * longer than {@code directory.caches.unheard-limit} (its {@link PublishedChangesListener} last knew it
     * heard everything longer ago than that). Values kept meanwhile are neither read nor added to; they are
     * forgotten when the listener hears again.
     */
    public boolean keeping() {
        return !listening || System.nanoTime() - heardAt <= unheardLimitNanos;
    }

    /** The listener hears every change now (called at its start, and as long as its connection answers). */
    void heard() {
        heardAt = System.nanoTime();
        listening = true;
    }

    /** The current generation, for keys of values cached outside a method (a rendered page). */
    public Generation generation() {
        return generation;
    }

    /**
     * Forgets every value: counts the generation up, so that a value being computed now is stored under
     * the generation it was read in, which no later reader asks for; and empties the caches.
     */
    public synchronized void forgetAll() { // one writer at a time: no count is lost
        generation = new Generation(generation.number() + 1, Instant.now());
        for (String name : caches.getCacheNames()) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }
}
