package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One setting chooses the backend; the Lucene backend's own settings never reach the Elasticsearch one. */
class SearchBackendConfigurationTest {

    @Test
    void withoutASearchUrlKeepsTheLuceneBackend() {
        Map<String, Object> properties =
                new HashMap<>(Map.of("hibernate.search.backend.directory.root", "/var/lib/directory/search"));

        SearchBackendConfiguration.choose(properties, "  ");

        assertThat(properties)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "/var/lib/directory/search")
                .doesNotContainKey("hibernate.search.coordination.strategy");
    }

    @Test
    void withASearchUrlUsesElasticsearchWithOutboxPollingAndNoSynchronisationStrategy() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "hibernate.search.backend.type", "lucene",
                "hibernate.search.backend.directory.root", "/var/lib/directory/search",
                "hibernate.search.backend.analysis.configurer",
                        "class:org.peacedirectory.search.LuceneAnalysisConfigurer",
                "hibernate.search.indexing.plan.synchronization.strategy", "sync"));

        SearchBackendConfiguration.choose(properties, " http://search-1:9200,http://search-2:9200 ");

        assertThat(properties)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://search-1:9200,http://search-2:9200")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + ElasticsearchAnalysisConfigurer.class.getName())
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.schema_management.strategy", "create-or-validate")
                .containsEntry(
                        "hibernate.search.backend.schema_management.settings_file",
                        "search/elasticsearch-index-settings.json")
                .doesNotContainKeys(
                        "hibernate.search.backend.directory.root",
                        "hibernate.search.indexing.plan.synchronization.strategy");
    }

    @Test
    void givesTheClusterClientTimeoutsOfAFewSecondsUnlessSetAlready() {
        Map<String, Object> properties = new HashMap<>(Map.of("hibernate.search.backend.read_timeout", "10000"));

        SearchBackendConfiguration.choose(properties, "http://search:9200");

        assertThat(properties)
                .containsEntry("hibernate.search.backend.connection_timeout", "2000")
                .containsEntry("hibernate.search.backend.read_timeout", "10000")
                .containsEntry("hibernate.search.backend.request_timeout", "4000");
        Map<String, Object> defaults = new HashMap<>();
        SearchBackendConfiguration.choose(defaults, "http://search:9200");
        assertThat(defaults).containsEntry("hibernate.search.backend.read_timeout", "3000");
    }
}
