package org.peacedirectory.system;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.stereotype.Component;

/**
 * The caches of data derived from published profiles, read through {@link CachedUntilPublish}: each
 * bounded, kept for {@code directory.search.cache-lifetime} (see {@link CachingConfiguration}), and all
 * forgotten by {@link #forgetAll()} when a published profile changes (after its commit) or the search
 * index has been rebuilt or has caught up with a change.
 * <p>
 * Emptying a cache does not stop a value being computed meanwhile from being stored afterwards (a search
 * that read the index just before a publish and ends just after it). So every key carries the generation
 * of the caches, counted up by each {@link #forgetAll()}: such a value is stored under a generation that
 * nobody asks for any more, and the next reader computes it again.
 */
@Component(PublishedDataCaches.KEYS)
public class PublishedDataCaches implements KeyGenerator {

    /** The bean name of the key generator, this class. */
    static final String KEYS = "publishedDataCaches";

    /** Whole search results, per query and page size: most readers ask what others asked since the last publish. */
    public static final String SEARCH_RESULTS = "search-results";
    /** Facet counts of lists without words, per combination of filters. */
    public static final String FACET_COUNTS = "search-facet-counts";
    /** The counts of /countries and /themes. */
    public static final String TAXONOMY_COUNTS = "taxonomy-counts";
    /** What the home page shows from published profiles: its counts, the profiles published and updated last. */
    public static final String HOME = "home";
    /** The related organisations of a profile, per organisation and language (four summaries each). */
    public static final String RELATED_ORGANISATIONS = "related-organisations";

    /** Every cache, with how many values it keeps at most. */
    static final Map<String, Integer> SIZES = Map.of(SEARCH_RESULTS, 2000, FACET_COUNTS, 1000, TAXONOMY_COUNTS, 10,
            HOME, 10, RELATED_ORGANISATIONS, 1000);

    /** A cached value's key: the generation it was computed in, the method and its arguments. */
    private record Key(long generation, Method method, List<Object> arguments) {
    }

    private final CacheManager caches;
    private final AtomicLong generation = new AtomicLong();

    PublishedDataCaches(CacheManager caches) {
        this.caches = caches;
    }

    @Override
    public Object generate(Object target, Method method, Object... arguments) {
        return new Key(generation.get(), method, Arrays.asList(arguments.clone()));
    }

    /**
     * Forgets every value: counts the generation up, so that a value being computed now is stored under
     * the generation it was read in, which no later reader asks for; and empties the caches.
     */
    public void forgetAll() {
        generation.incrementAndGet();
        for (String name : caches.getCacheNames()) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }
}
