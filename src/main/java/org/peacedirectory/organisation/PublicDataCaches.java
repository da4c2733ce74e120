package org.peacedirectory.organisation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.peacedirectory.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the caches of data derived from published profiles (the counts of the countries, themes and
 * home pages; search keeps its own index, see SearchIndex): all live for
 * {@code directory.search.cache-lifetime}, and all forget everything once a
 * publish or change has been committed, so that an approval shows at once.
 */
@Component
public class PublicDataCaches {

    private final Duration lifetime;
    private final List<ShortLivedCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    PublicDataCaches(@Value("${directory.search.cache-lifetime}") Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** A new cache of at most {@code maxEntries} values. */
    public <K, V> ShortLivedCache<K, V> create(int maxEntries) {
        ShortLivedCache<K, V> cache = new ShortLivedCache<>(lifetime, maxEntries);
        caches.add(cache);
        return cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forgetAll(PublishedProfileChanged change) {
        forgetAll();
    }

    /** Forgets everything now (also once a search cluster has indexed a change: see CachesAfterIndexing). */
    public void forgetAll() {
        caches.forEach(ShortLivedCache::clear);
    }
}
