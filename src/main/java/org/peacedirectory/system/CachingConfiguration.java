package org.peacedirectory.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.support.NoOpCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Spring's caching, with Caffeine: the {@link PublishedDataCaches} and nothing else, each with its own
 * size (the rendered pages' in bytes, {@code directory.pages.cache-size}) and the configured lifetime. A lifetime of 0 keeps nothing: every cache then computes each value
 * anew (no Caffeine at all, so that concurrent readers do not even share a computation). Defined here
 * rather than by Boot's auto-configuration, which gives all Caffeine caches one specification and cannot
 * make a cache that keeps nothing. The names are fixed: a cache asked for by another name fails at once.
 * Each counts its hits and misses (Caffeine's {@code recordStats}: a few adders), which Boot's cache metrics
 * publish as {@code cache_gets_total{cache="pages",result="hit"}} and so on.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

    @Bean
    CacheManager cacheManager(
            @Value("${directory.search.cache-lifetime}") Duration lifetime,
            @Value("${directory.pages.cache-size:16MB}") DataSize pagesSize) {
        if (lifetime.isZero()) {
            SimpleCacheManager nothingKept = new SimpleCacheManager();
            nothingKept.setCaches(
                    Stream.concat(PublishedDataCaches.SIZES.keySet().stream(), Stream.of(PublishedDataCaches.PAGES))
                            .map(NoOpCache::new)
                            .toList());
            return nothingKept;
        }
        CaffeineCacheManager caches = new CaffeineCacheManager();
        PublishedDataCaches.SIZES.forEach((name, size) -> caches.registerCustomCache(
                name,
                Caffeine.newBuilder()
                        .maximumSize(size)
                        .expireAfterWrite(lifetime)
                        .recordStats()
                        .build()));
        // Pages differ in size (a sitemap weighs a hundred profiles): bounded by bytes, the page's own count.
        caches.registerCustomCache(
                PublishedDataCaches.PAGES,
                Caffeine.newBuilder()
                        .maximumWeight(pagesSize.toBytes())
                        .weigher((Object key, Object page) ->
                                page instanceof PublishedDataCaches.Weighed weighed ? weighed.weight() : 1)
                        .expireAfterWrite(lifetime)
                        .recordStats()
                        .build());
        caches.setCacheNames(List.of()); // no cache made on demand for an unknown name
        return caches;
    }
}
