package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SqlStatements;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What the public pages cost the database, in SQL statements per request: on a miss of every cache (right
 * after a publish), and again once the caches of published data are warm. Counted over real HTTP, every
 * statement of the request (JPA and plain JDBC). The same context as CountsKeptUntilPublishTest, where what
 * changes only on publish is kept.
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class StatementsPerPageTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedDataCaches caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager cacheManager;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        caches.forgetAll(); // as after a publish
    }

    @Test
    void aProfileWithEverythingTakesAtMostFourStatementsOnAMissAndOneOnceRelatedOrganisationsAreKept() {
        long id = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into organisation_logo (organisation_id, media_type, content) values (?, 'image/png', ?)")
                .params(id, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .update();
        jdbc.sql("insert into organisation_country (organisation_id, country_code) values (?, 'SN')")
                .param(id)
                .update();
        try {
            Document[] page = new Document[1];
            long miss = SqlStatements.during(() -> page[0] = ok("/organisations/conascipal"));
            long warm = SqlStatements.during(() -> rendered("/organisations/conascipal"));

            assertThat(page[0].select(".profile-logo img").attr("src")).isEqualTo("/organisations/conascipal/logo");
            assertThat(page[0].select(".facts a[href=/countries/sn]")).hasSize(1); // works in, besides Mali
            assertThat(page[0].select(".facts .chips a")).isNotEmpty();
            assertThat(page[0].select(".facts .plain-list li").text()).contains("WAANSA");
            assertThat(page[0].select(".timeline-entry")).hasSizeGreaterThan(10);
            assertThat(page[0].select(".related .organisation-card")).hasSize(4);
            assertThat(miss).as("statements of a profile on a miss").isLessThanOrEqualTo(4);
            assertThat(warm)
                    .as("statements of a profile, related organisations kept")
                    .isLessThanOrEqualTo(1);
        } finally {
            jdbc.sql("delete from organisation_logo where organisation_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from organisation_country where organisation_id = ? and country_code = 'SN'")
                    .param(id)
                    .update();
        }
    }

    @Test
    void anUnknownProfileTakesOneStatement() {
        long statements = SqlStatements.during(() -> assertThat(
                        web.get("/organisations/no-such-organisation", "en").statusCode())
                .isEqualTo(404));

        assertThat(statements).isEqualTo(1);
    }

    /**
     * Three for the recent profiles, and one for the counts: the totals and the map's counts per country
     * are one statement (that of /countries, kept until publish for both pages).
     */
    @Test
    void theHomePageTakesAtMostFourStatementsOnAMissAndNoneOnceItsDataIsKept() {
        long miss = SqlStatements.during(() -> ok("/"));
        long warm = SqlStatements.during(() -> rendered("/"));

        assertThat(miss).isLessThanOrEqualTo(5);
        assertThat(miss).as("the counts and the map share one statement").isLessThanOrEqualTo(4);
        assertThat(warm).isZero();
    }

    @Test
    void listsReadOnlyTheSummariesOfTheirPageOnceTheirCountsAreKept() {
        for (String list : new String[] {"/organisations", "/countries/ml", "/themes/small-arms-control"}) {
            long miss = SqlStatements.during(() -> ok(list));
            long warm = SqlStatements.during(() -> rendered(list));

            assertThat(miss).as(list + " on a miss").isEqualTo(1);
            assertThat(warm).as(list + " with its results kept").isEqualTo(1);
        }
    }

    @Test
    void theCountryAndThemeIndexesTakeOneStatementOnAMissAndNoneOnceTheirCountsAreKept() {
        for (String index : new String[] {"/countries", "/themes"}) {
            long miss = SqlStatements.during(() -> ok(index));
            long warm = SqlStatements.during(() -> rendered(index));

            assertThat(miss).as(index + " on a miss").isEqualTo(1);
            assertThat(warm).as(index + " with its counts kept").isZero();
        }
    }

    private Document ok(String path) {
        HttpResponse<String> response = web.get(path, "en");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The page rendered again from the data caches: the rendered page itself (issue 14's page cache) dropped. */
    private Document rendered(String path) {
        Objects.requireNonNull(cacheManager.getCache(PublishedDataCaches.PAGES)).clear();
        return ok(path);
    }
}
