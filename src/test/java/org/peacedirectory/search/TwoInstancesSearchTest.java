package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SecondInstance;
import org.peacedirectory.TestOpenSearch;
import org.peacedirectory.WebClient;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances behind one load balancer share one PostgreSQL and one OpenSearch: an organisation
 * approved on one is found by search on the other within 2 s. The first instance is the test's own
 * context; the second a separate application started here on a random port with the same settings.
 */
@DirectoryTest
@Import(TestOpenSearch.class)
class TwoInstancesSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void anOrganisationApprovedOnOneInstanceIsFoundBySearchOnTheOtherWithinTwoSeconds() {
        try (ConfigurableApplicationContext other = startSecondInstance()) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            assertThat(otherPort).isNotEqualTo(port);
            // Both instances' event processors have agreed how to share the outbox's events (no mass indexing).
            // (More when other test contexts on the same database run on OpenSearch too.)
            Await.within(
                    Duration.ofSeconds(30),
                    "two event processors running",
                    () -> Agents.allProcessorsRunning(jdbc) >= 2);

            // The other instance's readers search for it before it exists: that answer, kept by the other
            // instance (60 s), must not outlive the publish. It hears of it through PostgreSQL and forgets its
            // caches, then again once the outbox has sent the change to the cluster.
            WebClient otherWeb = new WebClient(otherPort);
            String search = "/organisations?q=" + URLEncoder.encode("trelvandine", StandardCharsets.UTF_8);
            assertThat(otherWeb.get(search, "en").body()).doesNotContain("Trelvandine de la Paix");
            // Asked again until the other instance answers from what it kept (another test context's publish
            // on the shared database may make it forget in between).
            Cache<?, ?> kept = (Cache<?, ?>) other.getBean(CacheManager.class)
                    .getCache(PublishedDataCaches.SEARCH_RESULTS)
                    .getNativeCache();
            Await.within(Duration.ofSeconds(10), "the answer kept by the other instance", () -> {
                long hits = kept.stats().hitCount();
                assertThat(otherWeb.get(search, "en").body()).doesNotContain("Trelvandine de la Paix");
                return kept.stats().hitCount() > hits;
            });

            Organisation published = approveNew("Observatoire Trelvandine de la Paix");

            // The other instance's Hibernate Search (its own client to OpenSearch) finds it...
            EntityManagerFactory otherSearch = other.getBean(EntityManagerFactory.class);
            Duration indexed = Await.within(
                    Duration.ofSeconds(2),
                    "the other instance's Hibernate Search finds it",
                    () -> foundBy(otherSearch, "trelvandine").contains(published.getId()));
            System.out.println(
                    "Approved on one instance to found by the other's Hibernate Search: " + indexed.toMillis() + " ms");

            // ...and so does its search page, though it answered the same search a moment ago.
            Duration found = Await.within(
                    Duration.ofSeconds(2),
                    "the other instance's search finds it",
                    () -> otherWeb.get(search, "en").body().contains("/organisations/" + published.getSlug() + "\""));
            System.out.println("Approved on one instance to found on the other: " + found.toMillis() + " ms");
        }
    }

    @Test
    void aSecondInstanceStartedWithAnEmptyLocalDirectoryFindsTheSharedIndexBuiltAndDoesNotBuildItAgain() {
        awaitNoMassIndexing();
        assertThat(jdbc.sql("select mapping_version from search_index_state")
                        .query(String.class)
                        .list())
                .containsExactly(SearchIndexing.MAPPING_VERSION);
        String before = sharedIndexIdentity();

        try (ConfigurableApplicationContext other = startSecondInstance()) {
            assertThat(other.getBean(SearchIndexing.class).reasonToBuild()).isNull();
            // Same index, no document written again (a rebuild drops and creates it, or re-adds every document).
            assertThat(sharedIndexIdentity()).isEqualTo(before);
        }
    }

    @Test
    void anInstanceStartingWhileAnotherBuildsTheSharedIndexLeavesTheBuildToItAndServes() throws Exception {
        awaitNoMassIndexing();
        String before = sharedIndexIdentity();
        // Another instance building: it holds the build lock and has forgotten the marker until it is done.
        try (Connection builder =
                DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
            takeBuildLock(builder);
            jdbc.sql("delete from search_index_state").update();
            try (ConfigurableApplicationContext other = startSecondInstance()) {
                assertThat(other.getBean(SearchIndexing.class).isBuilding()).isFalse();
                assertThat(app.getBean(SearchIndexing.class).rebuild())
                        .as("an admin's rebuild meanwhile")
                        .isFalse();
                assertThat(sharedIndexIdentity()).isEqualTo(before);
                int otherPort =
                        ((WebServerApplicationContext) other).getWebServer().getPort();
                assertThat(new WebClient(otherPort)
                                .get("/organisations?q=paix", "en")
                                .statusCode())
                        .isEqualTo(200);
            } finally {
                jdbc.sql("insert into search_index_state (index_name, mapping_version, built_at) values (?, ?, now())")
                        .params(SharedIndexMarker.INDEX, SearchIndexing.MAPPING_VERSION)
                        .update();
            }
        }
    }

    private static void takeBuildLock(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, SharedIndexMarker.BUILD_LOCK);
            lock.execute();
        }
    }

    /** The shared index's identity and how many documents were ever written to it: a rebuild changes one. */
    private static String sharedIndexIdentity() {
        return TestOpenSearch.get("/organisation-read/_settings?filter_path=*.settings.index.uuid") + " "
                + TestOpenSearch.get(
                        "/organisation-read/_stats/indexing?filter_path=_all.primaries.indexing.index_total");
    }

    private void awaitNoMassIndexing() {
        Await.within(
                Duration.ofSeconds(30),
                "no mass indexing",
                () -> jdbc.sql("select count(*) from hsearch_agent where type = 'MASS_INDEXING'")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private static List<Long> foundBy(EntityManagerFactory app, String word) {
        try (EntityManager entityManager = app.createEntityManager()) {
            return Search.session(entityManager)
                    .search(Organisation.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.match().field("name").matching(word))
                    .fetchHits(20);
        }
    }

    /** The same app again: same database, same OpenSearch, its own ports. */
    private ConfigurableApplicationContext startSecondInstance() {
        return SecondInstance.startWithSearchCluster(database).context();
    }

    private Organisation approveNew(String name) {
        return Approvals.approveNew(app, port, name);
    }
}
