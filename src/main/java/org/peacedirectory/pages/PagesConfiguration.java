package org.peacedirectory.pages;

import jakarta.servlet.DispatcherType;
import org.peacedirectory.search.SearchIndexing;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** The page cache's filter, in its place among the servlet filters. */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

    /**
     * After the refusal of malformed requests and inside the database's 503 filter (so a kept page is
     * served while the database is down, and a page that fails on it gets the 503 page), after Spring
     * Session's filter ({@code spring.session.servlet.filter-order}, {@code HIGHEST_PRECEDENCE + 25}: the
     * session the filter asks about is the one in PostgreSQL), before Spring Security: a kept page needs none
     * of its work, and carries the security headers it was rendered with.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    /**
     * The filter is registered while the web server starts, before the other beans: what it uses is
     * looked up at its first request (as Spring Security's chain is), so that it does not bring the search
     * and the database up ahead of their settings (a test's dynamic properties, for instance).
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            ObjectProvider<CacheManager> cacheManager,
            ObjectProvider<PublishedDataCaches> caches,
            ObjectProvider<SearchIndexing> indexing,
            ObjectProvider<LocaleResolver> languages) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(
                () -> cacheManager.getObject().getCache(PublishedDataCaches.PAGES),
                caches::getObject,
                indexing::getObject,
                languages::getObject));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
