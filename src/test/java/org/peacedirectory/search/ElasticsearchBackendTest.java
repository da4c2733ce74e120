package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.TestOpenSearch;
import org.peacedirectory.WebClient;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.SubmissionTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
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
        assertThat(Search.mapping(entityManagerFactory).backend().getClass().getName()).contains("elasticsearch");
        Await.within(Duration.ofSeconds(10), "this instance's event processor registered in the database",
                () -> jdbc.sql("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'")
                        .query(Integer.class).single() > 0);
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
        Duration indexed = Await.within(Duration.ofSeconds(1), "the organisation is in the OpenSearch index",
                () -> TestOpenSearch.get(query).contains("\"_id\":\"" + published.getId() + "\""));
        System.out.println("Approved to indexed in OpenSearch: " + indexed.toMillis() + " ms");
    }

    @Test
    void findsAnApprovedOrganisationBySearchOverHttp() {
        Organisation published = approveNew("Réseau Quillembert d’Artisans de Paix");
        WebClient web = new WebClient(port);

        Duration found = Await.within(Duration.ofSeconds(2), "search finds the new organisation",
                () -> web.get("/organisations?q=" + encode("reseau quillembert artisans"), "en").body()
                        .contains("/organisations/" + published.getSlug() + "\""));
        System.out.println("Approved to found by search: " + found.toMillis() + " ms");
    }

    @Test
    void answersSearchPagesWithTemporarilyUnavailableWhileTheSearchClusterFails() {
        WebClient web = new WebClient(port);
        String index = TestOpenSearch.get("/_cat/aliases/organisation-read?h=index").strip();
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

    /** Once the start-up work is over (a first mass indexing pauses the event processor), as in everyday use. */
    private Organisation approveNew(String name) {
        Await.within(Duration.ofSeconds(30), "the event processor running, no mass indexing", () -> jdbc.sql("""
                select count(*) filter (where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING')
                     - count(*) filter (where type = 'MASS_INDEXING') from hsearch_agent""")
                .query(Integer.class).single() == 1);
        return Approvals.approveNew(app, port, name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
