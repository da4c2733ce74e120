package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.loggedIn;
import static org.peacedirectory.account.TestAccounts.press;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.WebClient;

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

        HttpResponse<String> response = press(admin, admin.page("/moderation/accounts"),
                "/moderation/accounts/search-index");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/moderation/accounts");
        Document after = admin.page("/moderation/accounts");
        assertThat(after.selectFirst(".notice").text()).contains("search index is being rebuilt");
        assertThat(jdbc.sql("select count(*) from moderation_log where action = 'SEARCH_INDEX_REBUILT' and actor_id = ?")
                .param(testAccounts.idOf(email)).query(Long.class).single()).isEqualTo(1);
        assertThat(new WebClient(port).page("/organisations?q=conascipal", "en").select(".results li")).isNotEmpty();
    }

    @Test
    void refusesARebuildByAModeratorOrWithoutTheFormsToken() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);

        assertThat(press(moderator, moderator.page("/moderation"), "/moderation/accounts/search-index").statusCode())
                .isEqualTo(403);
        assertThat(admin.postUrlEncoded("/moderation/accounts/search-index", Map.of()).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from moderation_log where action = 'SEARCH_INDEX_REBUILT' and actor_id = ?")
                .param(testAccounts.idOf(adminEmail)).query(Long.class).single()).isZero();
    }
}
