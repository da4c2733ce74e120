package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.TestOpenSearch;
import org.peacedirectory.WebClient;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Elasticsearch backend (directory.search.url) against a real OpenSearch: an organisation approved
 * through the app is indexed there, with the same analysis as the Lucene backend, and found by search.
 */
@DirectoryTest
@Import(TestOpenSearch.class)
class ElasticsearchBackendTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext app;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void runsOnTheElasticsearchBackendWithOutboxPolling() {
        assertThat(Search.mapping(entityManagerFactory).backend().getClass().getName())
                .contains("elasticsearch");
        Await.within(
                Duration.ofSeconds(10),
                "this instance's event processor registered in the database",
                () -> jdbc.sql("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'")
                                .query(Integer.class)
                                .single()
                        > 0);
    }

    @Test
    void createsTheIndexWithAShortRefreshIntervalSoThatChangesShowWithinASecond() {
        assertThat(TestOpenSearch.get("/organisation-read/_settings")).contains("\"refresh_interval\":\"200ms\"");
    }

    @Test
    void indexesAnApprovedOrganisationInOpenSearchWithTheSameAnalysisAsLucene() {
        Organisation published = approveNew("L’Élan Zorvaniq pour la Paix");

        // OpenSearch's own analysis of the name: the elided article (typographic apostrophe) and accents go.
        String query = "/organisation-read/_search?q=" + encode("name:elan AND name:zorvaniq");
        // Within a second of the commit (issue 12): events polled every 100 ms, index refreshed every 200 ms.
        Duration indexed = Await.within(
                Duration.ofSeconds(1),
                "the organisation is in the OpenSearch index",
                () -> TestOpenSearch.get(query).contains("\"_id\":\"" + published.getId() + "\""));
        System.out.println("Approved to indexed in OpenSearch: " + indexed.toMillis() + " ms");
    }

    @Test
    void findsAnApprovedOrganisationBySearchOverHttp() {
        Organisation published = approveNew("Réseau Quillembert d’Artisans de Paix");
        WebClient web = new WebClient(port);

        Duration found = Await.within(
                Duration.ofSeconds(2),
                "search finds the new organisation",
                () -> web.get("/organisations?q=" + encode("reseau quillembert artisans"), "en")
                        .body()
                        .contains("/organisations/" + published.getSlug() + "\""));
        System.out.println("Approved to found by search: " + found.toMillis() + " ms");
    }

    @Test
    void answersSearchPagesWithTemporarilyUnavailableWhileTheSearchClusterFails() {
        WebClient web = new WebClient(port);
        String index =
                TestOpenSearch.get("/_cat/aliases/organisation-read?h=index").strip();
        TestOpenSearch.post("/" + index + "/_close"); // every search on it now fails in OpenSearch
        try {
            for (String path : List.of("/organisations?q=paix", "/countries/ml")) {
                HttpResponse<String> page = web.get(path, "en");
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).as(path).isPresent();
            }
        } finally {
            TestOpenSearch.post("/" + index + "/_open");
            TestOpenSearch.get("/_cluster/health/" + index + "?wait_for_status=green&timeout=30s");
        }
        assertThat(web.get("/organisations?q=paix", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void answersSearchWithTemporarilyUnavailableWithinFiveSecondsWhileTheClusterIsFrozenThenSearchesAgain() {
        assumeTrue(TestOpenSearch.canFreeze(), "the node is a container here, not a child process to stop");
        WebClient web = new WebClient(port);
        assertThat(web.get("/organisations?q=paix+frozen", "en").statusCode()).isEqualTo(200);
        assertThat(readiness().statusCode()).isEqualTo(200);

        TestOpenSearch.freeze(); // connections still open, nothing answers: a hung cluster
        try {
            long start = System.nanoTime();
            HttpResponse<String> page = web.get("/organisations?q=paix+cluster+frozen", "en");
            Duration answered = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("Search on a frozen cluster answered " + page.statusCode() + " after "
                    + answered.toMillis() + " ms");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(answered).isLessThan(Duration.ofSeconds(5));

            long asked = System.nanoTime();
            HttpResponse<String> ready = readiness();
            System.out.println("Readiness with a frozen cluster: " + ready.statusCode() + " after "
                    + Duration.ofNanos(System.nanoTime() - asked).toMillis() + " ms: " + ready.body());
            // The database still answers: the search cluster alone takes the instance out of rotation.
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
        } finally {
            TestOpenSearch.thaw();
        }
        Duration back = Await.within(
                Duration.ofSeconds(10),
                "search answers again",
                () -> web.get("/organisations?q=paix+thawed", "en").statusCode() == 200);
        System.out.println("Search answered again " + back.toMillis() + " ms after the cluster thawed");
        Await.within(Duration.ofSeconds(10), "ready again", () -> readiness().statusCode() == 200);
    }

    /** The readiness group on the management port, with its members' details. */
    private HttpResponse<String> readiness() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Once the start-up work is over (a first mass indexing pauses the event processor), as in everyday use. */
    private Organisation approveNew(String name) {
        Await.within(
                Duration.ofSeconds(30),
                "the event processors running, no mass indexing",
                () -> Agents.allProcessorsRunning(jdbc) >= 1);
        return Approvals.approveNew(app, port, name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
