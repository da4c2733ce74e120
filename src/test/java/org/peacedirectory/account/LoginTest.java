package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;
import static org.peacedirectory.account.TestAccounts.loggedIn;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moderators log in and out over real HTTP; guessing is throttled and never tells whether an account exists. */
@DirectoryTest
class LoginTest {

    private static final String GENERIC_ERROR = "Email or password is wrong.";
    private static final String LOCKED = "Too many attempts. Try again in 15 minutes.";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    FormSession browser;

    @BeforeEach
    void setUp() {
        browser = new FormSession(port, "en");
        throttle.clear();
    }

    @AfterEach
    void forgetFailedLogins() {
        throttle.clear();
    }

    @Test
    void sendsAnonymousVisitorsOfModerationPagesToTheLoginPage() {
        for (String path : List.of("/moderation", "/moderation/password", "/moderation/accounts")) {
            HttpResponse<String> response = browser.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void landsOnTheModerationPageAfterLoggingInWithTheRightPassword() {
        String email = testAccounts.create(Role.MODERATOR);

        HttpResponse<String> response = logIn(browser, email, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/moderation");
        assertThat(browser.get("/moderation/password").statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsTheEmailAddressInAnyCase() {
        String email = testAccounts.create(Role.MODERATOR);

        assertThat(location(logIn(browser, "  " + email.toUpperCase() + " ", PASSWORD)))
                .endsWith("/moderation");
    }

    @Test
    void goesBackToTheModerationPageThatAskedForTheLogin() {
        String email = testAccounts.create(Role.MODERATOR);
        browser.get("/moderation/password");

        assertThat(location(logIn(browser, email, PASSWORD))).contains("/moderation/password");
    }

    @Test
    void showsTheGenericMessageForAWrongPasswordAndKeepsTheEmail() {
        String email = testAccounts.create(Role.MODERATOR);

        HttpResponse<String> response = logIn(browser, email, "not the password at all");

        assertThat(location(response)).endsWith("/login?error");
        Document page = browser.page(location(response));
        assertThat(page.selectFirst("#error-summary").text()).contains(GENERIC_ERROR);
        assertThat(page.selectFirst("#email").val()).isEqualTo(email);
        assertThat(page.selectFirst("#password").val()).isEmpty();
        assertThat(browser.get("/moderation/password").statusCode()).isEqualTo(302);
    }

    @Test
    void showsTheSameMessageForAnUnknownEmail() {
        HttpResponse<String> response = logIn(browser, "nobody-" + UUID.randomUUID() + "@example.org", PASSWORD);

        assertThat(location(response)).endsWith("/login?error");
        assertThat(browser.page(location(response))
                        .selectFirst("#error-summary")
                        .text())
                .contains(GENERIC_ERROR);
    }

    @Test
    void refusesEvenTheRightPasswordAfterFiveFailures() {
        String email = testAccounts.create(Role.MODERATOR);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(logIn(browser, email, "wrong password " + i)))
                    .as("failure " + i)
                    .endsWith("?error");
        }
        assertThat(location(logIn(browser, email, "wrong password 5"))).endsWith("/login?locked");

        HttpResponse<String> response = logIn(browser, email, PASSWORD);

        assertThat(location(response)).endsWith("/login?locked");
        Document page = browser.page(location(response));
        assertThat(page.selectFirst("#error-summary").text()).contains(LOCKED).doesNotContain(GENERIC_ERROR);
        assertThat(browser.get("/moderation/password").statusCode()).isEqualTo(302);
    }

    @Test
    void locksAnUnknownEmailJustLikeARealOne() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 1; i <= 5; i++) {
            logIn(browser, unknown, "wrong password " + i);
        }

        HttpResponse<String> response = logIn(browser, unknown, PASSWORD);

        assertThat(location(response)).endsWith("/login?locked");
        assertThat(browser.page(location(response))
                        .selectFirst("#error-summary")
                        .text())
                .contains(LOCKED);
    }

    @Test
    void forgetsAnAccountsFailuresAfterASuccessfulLogin() {
        String email = testAccounts.create(Role.MODERATOR);
        for (int i = 1; i <= 4; i++) {
            logIn(browser, email, "wrong password " + i);
        }
        assertThat(location(logIn(browser, email, PASSWORD))).endsWith("/moderation");

        FormSession later = new FormSession(port, "en");
        for (int i = 1; i <= 4; i++) {
            assertThat(location(logIn(later, email, "wrong again " + i)))
                    .as("failure " + i)
                    .endsWith("?error");
        }
    }

    @Test
    void refusesEveryLoginFromAnAddressAfterTwentyFailures() {
        String email = testAccounts.create(Role.MODERATOR);
        for (int i = 1; i <= 20; i++) {
            logIn(browser, "guess-" + i + "-" + UUID.randomUUID() + "@example.org", "wrong password");
        }

        assertThat(location(logIn(new FormSession(port, "en"), email, PASSWORD)))
                .endsWith("/login?locked");
    }

    @Test
    void refusesADisabledAccountWithTheGenericMessage() {
        String email = testAccounts.create(Role.MODERATOR);
        testAccounts.disable(email);

        HttpResponse<String> response = logIn(browser, email, PASSWORD);

        assertThat(location(response)).endsWith("/login?error");
        assertThat(browser.page(location(response))
                        .selectFirst("#error-summary")
                        .text())
                .contains(GENERIC_ERROR);
    }

    @Test
    void logsOutAModeratorWhoseAccountIsDisabledWhileLoggedIn() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        assertThat(moderator.get("/moderation/password").statusCode()).isEqualTo(200);

        testAccounts.disable(email);

        HttpResponse<String> response = moderator.get("/moderation/password");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    @Test
    void refusesALogoutWithoutCsrfToken() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));

        assertThat(moderator.postUrlEncoded("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(moderator.get("/moderation/password").statusCode()).isEqualTo(200);
    }

    @Test
    void logsOutWithTheButtonInTheHeader() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));
        Document page = moderator.page("/organisations");
        assertThat(page.select("header a[href$='/moderation']")).hasSize(1);

        String token = page.selectFirst("header form[action$='/logout'] input[name=_csrf]")
                .val();
        HttpResponse<String> response = moderator.post("/logout", Map.of("_csrf", List.of(token)), Map.of());

        assertThat(location(response)).endsWith("/login?logout");
        assertThat(moderator.page(location(response)).text()).contains("You have logged out.");
        assertThat(moderator.get("/moderation/password").statusCode()).isEqualTo(302);
        assertThat(moderator.page("/organisations").select("header form[action$='/logout']"))
                .isEmpty();
    }

    @Test
    void forbidsTheAccountPagesToAModerator() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));

        assertThat(moderator.get("/moderation/accounts").statusCode()).isEqualTo(403);
        assertThat(moderator.get("/moderation/accounts/new").statusCode()).isEqualTo(403);
    }

    @Test
    void letsAnAdminCreateAnAccountAndLogsIt() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);
        String newEmail = "new-moderator-" + UUID.randomUUID() + "@example.org";
        Map<String, List<String>> form = FormSession.fieldsOf(admin.page("/moderation/accounts/new"));
        form.put("email", List.of(newEmail));
        form.put("displayName", List.of("Aminata Traoré"));
        form.put("role", List.of("MODERATOR"));
        form.put("password", List.of("river lantern basket 7"));

        HttpResponse<String> response = admin.post("/moderation/accounts", form, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/moderation/accounts");
        Document list = admin.page("/moderation/accounts");
        assertThat(list.selectFirst(".notice").text()).isEqualTo("The account of Aminata Traoré was created.");
        assertThat(list.text()).contains(newEmail);
        Account created = accounts.findByEmailIgnoreCase(newEmail).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.MODERATOR);
        assertThat(created.isEnabled()).isTrue();
        assertThat(testAccounts.loggedActions(newEmail)).containsExactly("ACCOUNT_CREATED");
        assertThat(testAccounts.lastActor(newEmail)).isEqualTo(testAccounts.idOf(adminEmail));
        assertThat(location(logIn(new FormSession(port, "en"), newEmail, "river lantern basket 7")))
                .endsWith("/moderation");
    }

    @Test
    void showsTheLoginPageInFrench() {
        Document page = new FormSession(port, "fr").page("/login");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Connexion");
        assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
    }
}
