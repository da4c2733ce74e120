package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.loggedIn;
import static org.peacedirectory.account.TestAccounts.press;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.WebClient;
import org.peacedirectory.search.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin rebuilds the search index from the accounts page; it is logged; moderators cannot. */
@DirectoryTest
class SearchIndexRebuildTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SearchIndexing indexing;

    @BeforeEach
    void setUp() {
        throttle.clear();
    }

    @AfterEach
    void forgetFailedLogins() {
        throttle.clear();
    }

    @Test
    void adminRebuildsTheSearchIndexFromTheAccountsPageAndItIsLogged() {
        String email = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, email);
        // A change made behind the engine's back (plain SQL): only a rebuild can bring it into the index.
        String original = acronymOfTheModelProfile();
        setAcronymOfTheModelProfile("QZREBUILT");
        try {
            assertThat(resultsFor("qzrebuilt")).as("found before any rebuild").isZero();

            HttpResponse<String> response =
                    press(admin, admin.page("/moderation/accounts"), "/moderation/accounts/search-index");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(location(response)).endsWith("/moderation/accounts");
            Document after = admin.page("/moderation/accounts");
            assertThat(after.selectFirst(".notice").text()).contains("search index is being rebuilt");
            assertThat(jdbc.sql("select count(*) from moderation_log where action = 'SEARCH_INDEX_REBUILT'"
                                    + " and actor_id = ?")
                            .param(testAccounts.idOf(email))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            awaitResultsFor("qzrebuilt", 1);
        } finally {
            setAcronymOfTheModelProfile(original);
            indexing.rebuild();
            awaitResultsFor("conascipal", 1);
        }
    }

    private String acronymOfTheModelProfile() {
        return jdbc.sql("select acronym from organisation where slug = 'conascipal'")
                .query(String.class)
                .single();
    }

    private void setAcronymOfTheModelProfile(String acronym) {
        jdbc.sql("update organisation set acronym = ? where slug = 'conascipal'")
                .param(acronym)
                .update();
    }

    private int resultsFor(String words) {
        return new WebClient(port)
                .page("/organisations?q=" + words, "en")
                .select(".results li")
                .size();
    }

    private void awaitResultsFor(String words, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (resultsFor(words) != expected) {
            assertThat(System.nanoTime())
                    .as("'%s' finds %d organisation(s) within 30 s", words, expected)
                    .isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void refusesARebuildByAModeratorOrWithoutTheFormsToken() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);

        assertThat(press(moderator, moderator.page("/moderation"), "/moderation/accounts/search-index")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.postUrlEncoded("/moderation/accounts/search-index", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql(
                                "select count(*) from moderation_log where action = 'SEARCH_INDEX_REBUILT' and actor_id = ?")
                        .param(testAccounts.idOf(adminEmail))
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
