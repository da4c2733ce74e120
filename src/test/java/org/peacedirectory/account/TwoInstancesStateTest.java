package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;
import static org.peacedirectory.account.TestAccounts.press;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two app instances behind one load balancer, on one PostgreSQL, with nothing pinned: a moderator's session
 * (Spring Session JDBC) is the same whichever instance a request reaches. The first instance is the test's own
 * context; the second is started once for the class. The limits shared by instances (the submission limit and
 * the login throttle) are {@code LimitsAcrossInstancesTest}'s.
 */
@DirectoryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesStateTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    LoginThrottle throttle;

    private SecondInstance other;

    @BeforeAll
    void startTheOtherInstance() {
        other = SecondInstance.start(database);
    }

    @AfterAll
    void stopTheOtherInstance() {
        other.close();
    }

    @AfterEach
    void forgetCounts() {
        throttle.clear();
    }

    @Test
    void aModeratorLoggedInOnOneInstanceIsLoggedInOnTheOtherUntilTheyLogOutOnEither() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, "en"); // one browser: its cookies go to both instances

        assertThat(location(logIn(browser, email, PASSWORD))).endsWith("/moderation");
        HttpResponse<String> queueThere = browser.get(there("/moderation"));

        assertThat(queueThere.statusCode())
                .as("the review queue on the other instance")
                .isEqualTo(200);
        assertThat(browser.get(there("/moderation/password")).statusCode()).isEqualTo(200);
        assertThat(browser.get("/moderation").statusCode()).as("and still here").isEqualTo(200);

        HttpResponse<String> logout = press(browser, browser.page(there("/moderation")), there("/logout"));

        assertThat(location(logout)).endsWith("/login?logout");
        assertThat(browser.get("/moderation").statusCode())
                .as("logged out here too")
                .isEqualTo(302);
        assertThat(location(browser.get("/moderation"))).endsWith("/login");
        assertThat(browser.get(there("/moderation")).statusCode()).isEqualTo(302);
    }

    @Test
    void aLogoutHereEndsTheSessionThere() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, "en");
        logIn(browser, email, PASSWORD);
        assertThat(browser.get(there("/moderation")).statusCode()).isEqualTo(200);

        press(browser, browser.page("/moderation"), "/logout");

        assertThat(browser.get(there("/moderation")).statusCode()).isEqualTo(302);
    }

    @Test
    void aLoginPageFromOneInstanceLogsInOnTheOther() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, "en");
        Map<String, List<String>> form =
                FormSession.fieldsOf(browser.page("/login")); // its CSRF token comes from this instance
        form.put("email", List.of(email));
        form.put("password", List.of(PASSWORD));

        HttpResponse<String> login = browser.post(there("/login"), form, Map.of());

        assertThat(location(login)).endsWith("/moderation");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(200);
    }

    private String there(String path) {
        return "http://localhost:" + other.port() + path;
    }
}
