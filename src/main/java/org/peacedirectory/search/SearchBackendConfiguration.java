package org.peacedirectory.search;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.StringUtils;

/**
 * Chooses Hibernate Search's backend from one setting. Without {@code directory.search.url}: the local
 * Lucene index (one instance). With it ({@code DIRECTORY_SEARCH_URL=http://host:9200}, several addresses
 * separated by commas): the Elasticsearch backend on that Elasticsearch or OpenSearch cluster, with
 * outbox-polling coordination, so that every instance sees every change: a change is written to the
 * outbox table in its own transaction, and the instances' background processors index it.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    static final String PREFIX = "hibernate.search.";
    static final String INDEX_SETTINGS = "search/elasticsearch-index-settings.json";
    static final int CONNECTION_TIMEOUT_MILLIS = 2_000;
    static final int READ_TIMEOUT_MILLIS = 3_000;
    /** The whole request, waiting for a pooled connection included: a search answers or fails within it. */
    static final int REQUEST_TIMEOUT_MILLIS = 4_000;

    /** Runs last, so that it overrides whatever the Lucene defaults set. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    HibernatePropertiesCustomizer searchBackend(@Value("${directory.search.url:}") String url) {
        return properties -> choose(properties, url);
    }

    static void choose(Map<String, Object> properties, String url) {
        if (!StringUtils.hasText(url)) {
            // Both backends are on the classpath, so Hibernate Search must be told which one.
            properties.putIfAbsent(PREFIX + "backend.type", "lucene");
            return;
        }
        // Lucene's own settings mean nothing to this backend (Hibernate Search would warn of them).
        properties
                .keySet()
                .removeIf(
                        key -> key.startsWith(PREFIX + "backend.directory.") || key.startsWith(PREFIX + "backend.io."));
        // Outbox-polling indexes after the commit, in the background: a synchronisation strategy
        // cannot be combined with it (startup fails with HSEARCH800042).
        properties.remove(PREFIX + "indexing.plan.synchronization.strategy");
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.uris", url.trim());
        properties.put(
                PREFIX + "backend.analysis.configurer", "class:" + ElasticsearchAnalysisConfigurer.class.getName());
        properties.put(PREFIX + "coordination.strategy", "outbox-polling");
        // Several instances share one index: the first creates it, the others check it matches.
        properties.put(PREFIX + "schema_management.strategy", "create-or-validate");
        // A change becomes searchable at the index's next refresh: every 200 ms instead of the cluster's
        // 1 s, so that it shows within a second of its commit (the events are polled every 100 ms).
        properties.put(PREFIX + "backend.schema_management.settings_file", INDEX_SETTINGS);
        // A frozen or overloaded cluster: the client's defaults (30 s to read, no limit for a request that
        // waits for a connection) would hold a reader and a server thread that long before the 503. A few
        // seconds suffice for every request the app makes: searches, bulk writes of an event batch or of
        // the mass indexer's batches of 100, and the index's drop and creation (no delete by query: see
        // SearchIndexing). Each can still be set through spring.jpa.properties.
        properties.putIfAbsent(PREFIX + "backend.connection_timeout", String.valueOf(CONNECTION_TIMEOUT_MILLIS));
        properties.putIfAbsent(PREFIX + "backend.read_timeout", String.valueOf(READ_TIMEOUT_MILLIS));
        properties.putIfAbsent(PREFIX + "backend.request_timeout", String.valueOf(REQUEST_TIMEOUT_MILLIS));
    }
}
