package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.SecondInstance;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances behind one load balancer, on one PostgreSQL: the submission limit and the login throttle
 * count what reaches either of them, so an address or an account gets the same limit whichever instance a
 * request reaches. The first instance is the test's own context; the second is started once for the class.
 */
@DirectoryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsAcrossInstancesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    private SecondInstance other;

    @BeforeAll
    void startTheOtherInstance() {
        other = SecondInstance.start(database);
    }

    @AfterAll
    void stopTheOtherInstance() {
        other.close();
    }

    @BeforeEach
    void startFromNoCounts() {
        forgetCounts();
    }

    @AfterEach
    void forgetCounts() {
        throttle.clear();
        submissions.clearRateLimits();
    }

    @Test
    void theSixthSubmissionFromOneAddressInAnHourIsRefusedOnTheOtherInstance() {
        FormSession here = new FormSession(port, "en");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> accepted =
                    here.post("/submit", filled(here, "Two Instances Limited Org " + i), Map.of());
            assertThat(accepted.statusCode()).as("submission " + i).isEqualTo(302);
        }

        FormSession there = new FormSession(other.port(), "en");
        HttpResponse<String> sixth = there.post("/submit", filled(there, "Two Instances Limited Org 6"), Map.of());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(3500L, 3600L));
        assertThat(Jsoup.parse(sixth.body()).selectFirst("#error-summary").text())
                .contains("send the form again in");
        assertThat(here.post("/submit", filled(here, "Two Instances Limited Org 6"), Map.of())
                        .statusCode())
                .as("and on the first instance")
                .isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from submission where proposal ->> 'name' = ?")
                        .param("Two Instances Limited Org 6")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void fiveWrongPasswordsOnOneInstanceLockTheAccountOnTheOther() {
        String email = testAccounts.create(Role.MODERATOR);
        String bystander = testAccounts.create(Role.MODERATOR);
        FormSession here = new FormSession(port, "en");
        for (int i = 1; i <= 5; i++) {
            logIn(here, email, "wrong password " + i);
        }

        FormSession there = new FormSession(other.port(), "en");
        HttpResponse<String> rightPassword = logIn(there, email, PASSWORD);

        assertThat(location(rightPassword)).endsWith("/login?locked");
        assertThat(there.page(location(rightPassword))
                        .selectFirst("#error-summary")
                        .text())
                .contains("Too many attempts. Try again in 15 minutes.");
        assertThat(there.get("/moderation/password").statusCode()).isEqualTo(302);
        assertThat(location(logIn(new FormSession(other.port(), "en"), bystander, PASSWORD)))
                .as("another account from the same address")
                .endsWith("/moderation");
    }

    @Test
    void twentyWrongLoginsFromOneAddressLockThatAddressOnTheOther() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession here = new FormSession(port, "en");
        for (int i = 1; i <= 19; i++) {
            logIn(here, "nobody-" + UUID.randomUUID() + "@example.org", "wrong password");
        }
        assertThat(location(logIn(new FormSession(other.port(), "en"), email, PASSWORD)))
                .as("after 19 failures")
                .endsWith("/moderation");

        logIn(here, "nobody-" + UUID.randomUUID() + "@example.org", "wrong password");

        FormSession there = new FormSession(other.port(), "en");
        assertThat(location(logIn(there, email, PASSWORD))).endsWith("/login?locked");
        assertThat(there.get("/moderation/password").statusCode()).isEqualTo(302);
    }

    private Map<String, List<String>> filled(FormSession browser, String name) {
        return submissions.filledNewOrganisation(browser, stamps, name);
    }
}
