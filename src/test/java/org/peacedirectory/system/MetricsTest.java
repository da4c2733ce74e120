package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.Prometheus;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Prometheus metrics on the management port: request latency per route (the route's template, never the
 * address), the search engine's time, the caches' hits and misses. Real HTTP on both ports; caches kept ten
 * minutes here (the context of PageCacheTest and CountsKeptUntilPublishTest).
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class MetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final String PROFILE_ROUTE = "uri=\"/organisations/{slug}\"";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesPrometheusMetricsOnTheManagementPortAndNotOnThePublicOne() {
        Prometheus scrape = Prometheus.scrape(managementPort);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active");
        WebClient web = new WebClient(port);
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator")) {
            assertThat(web.get(path, "en").statusCode()).as(path).isEqualTo(404);
        }
        assertThat(web.get("/actuator/prometheus", "en").body()).doesNotContain("jvm_memory");
    }

    @Test
    void countsRequestsUnderTheirRouteNeverUnderTheAddressAsked() {
        WebClient web = new WebClient(port);
        Prometheus before = Prometheus.scrape(managementPort);

        // Rendered, then sent again from the page cache (which no controller sees): both under the route.
        assertThat(web.get("/organisations/conascipal", "en").statusCode()).isEqualTo(200);
        assertThat(web.get("/organisations/conascipal", "en").statusCode()).isEqualTo(200);
        assertThat(web.get("/organisations/zqx-no-such-profile", "en").statusCode())
                .isEqualTo(404);
        assertThat(web.get("/zqx-no-such-page/at/all", "en").statusCode()).isEqualTo(404);
        Prometheus after = Prometheus.scrape(managementPort);

        assertThat(after.value(REQUESTS, PROFILE_ROUTE, "status=\"200\"")
                        - before.value(REQUESTS, PROFILE_ROUTE, "status=\"200\""))
                .isEqualTo(2);
        assertThat(after.value(REQUESTS, PROFILE_ROUTE, "status=\"404\"")
                        - before.value(REQUESTS, PROFILE_ROUTE, "status=\"404\""))
                .isEqualTo(1);
        assertThat(after.value(REQUESTS, "uri=\"UNKNOWN\"")).isEqualTo(before.value(REQUESTS, "uri=\"UNKNOWN\""));
        assertThat(after.body()).doesNotContain("conascipal", "zqx");
        // A histogram, for percentiles across instances: buckets from 1 ms to 10 s.
        assertThat(after.series("http_server_requests_seconds_bucket", PROFILE_ROUTE, "status=\"200\""))
                .anyMatch(line -> line.contains("le=\"0.001\""))
                .anyMatch(line -> line.contains("le=\"10.0\""))
                .noneMatch(line -> line.contains("le=\"30.0\""));
        assertThat(after.series("http_server_requests_active_seconds_bucket")).isEmpty();
    }

    @Test
    void timesTheSearchesThatReachTheEngineByWhetherWordsWereGiven() {
        WebClient web = new WebClient(port);
        String search = "directory_search_seconds_count";
        String words = "words=\"given\"";
        String found = "outcome=\"success\"";
        Prometheus before = Prometheus.scrape(managementPort);

        assertThat(web.get("/organisations?q=zqxmetrics+paix", "en").statusCode())
                .isEqualTo(200);
        Prometheus once = Prometheus.scrape(managementPort);
        assertThat(web.get("/organisations?q=zqxmetrics+paix", "en").statusCode())
                .isEqualTo(200);
        Prometheus again = Prometheus.scrape(managementPort);

        assertThat(once.value(search, words, found)).isGreaterThan(before.value(search, words, found));
        // The same search again is answered by the search results cache, not by the engine.
        assertThat(again.value(search, words, found)).isEqualTo(once.value(search, words, found));
        String searchHits = "cache=\"" + PublishedDataCaches.SEARCH_RESULTS + "\"";
        assertThat(again.value("cache_gets_total", searchHits, "result=\"hit\""))
                .isGreaterThan(once.value("cache_gets_total", searchHits, "result=\"hit\""));
        assertThat(again.series("directory_search_seconds_bucket", words, found))
                .isNotEmpty();
        assertThat(again.body()).doesNotContain("zqxmetrics");
    }

    @Test
    void countsTheHitsAndMissesOfEveryCache() {
        WebClient web = new WebClient(port);
        String pages = "cache=\"" + PublishedDataCaches.PAGES + "\"";
        Prometheus before = Prometheus.scrape(managementPort);

        // A new address (the home page ignores the parameter): rendered once, then sent from the cache.
        String home = "/?metrics=" + System.nanoTime();
        assertThat(web.get(home, "en").statusCode()).isEqualTo(200);
        assertThat(web.get(home, "en").statusCode()).isEqualTo(200);
        Prometheus after = Prometheus.scrape(managementPort);

        assertThat(after.value("cache_gets_total", pages, "result=\"miss\"")
                        - before.value("cache_gets_total", pages, "result=\"miss\""))
                .isEqualTo(1);
        assertThat(after.value("cache_gets_total", pages, "result=\"hit\"")
                        - before.value("cache_gets_total", pages, "result=\"hit\""))
                .isEqualTo(1);
        Stream.concat(PublishedDataCaches.SIZES.keySet().stream(), Stream.of(PublishedDataCaches.PAGES))
                .forEach(cache -> {
                    assertThat(after.series("cache_gets_total", "cache=\"" + cache + "\"", "result=\"hit\""))
                            .as(cache)
                            .hasSize(1);
                    assertThat(after.series("cache_gets_total", "cache=\"" + cache + "\"", "result=\"miss\""))
                            .as(cache)
                            .hasSize(1);
                });
    }
}
