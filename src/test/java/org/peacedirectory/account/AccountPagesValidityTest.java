package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The login and account pages, with and without errors, pass the Nu HTML checker in both languages. */
@DirectoryTest
class AccountPagesValidityTest {

    @Autowired
    TestAccounts testAccounts;

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetFailedLogins() {
        throttle.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void loginAndAccountPagesAreValid(String language) {
        String email = testAccounts.create(Role.ADMIN);
        FormSession browser = new FormSession(port, language);
        assertValid("login", browser.get("/login").body());
        assertValid(
                "login error",
                browser.get(location(logIn(browser, email, "wrong password here")))
                        .body());
        assertThat(location(logIn(browser, email, TestAccounts.PASSWORD))).endsWith("/moderation");

        assertValid("account list", browser.get("/moderation/accounts").body());
        assertValid("new account", browser.get("/moderation/accounts/new").body());
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/moderation/accounts/new"));
        form.put("password", List.of("short"));
        HttpResponse<String> withErrors = browser.post("/moderation/accounts", form, Map.of());
        assertThat(withErrors.statusCode()).isEqualTo(422);
        assertValid("new account with errors", withErrors.body());
        assertValid(
                "password reset",
                browser.get("/moderation/accounts/" + testAccounts.idOf(email) + "/password")
                        .body());
        assertValid("password change", browser.get("/moderation/password").body());
        Map<String, List<String>> change = FormSession.fieldsOf(browser.page("/moderation/password"));
        HttpResponse<String> changeErrors = browser.post("/moderation/password", change, Map.of());
        assertThat(changeErrors.statusCode()).isEqualTo(422);
        assertValid("password change with errors", changeErrors.body());
        assertValid("logged-in public page", browser.get("/organisations").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void secondFactorPagesAreValid(String language) {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, language);
        logIn(browser, email, TestAccounts.PASSWORD);
        Document enrolment = browser.page("/moderation/second-factor");
        assertValid("second-factor enrolment", enrolment.outerHtml());
        String key = enrolment.selectFirst("#secret").text();
        long step = TestCodes.currentStep();
        assertValid(
                "second-factor enrolment with errors",
                postCode(browser, "/moderation/second-factor", enrolment, TestCodes.wrong(key, step))
                        .body());
        postCode(
                browser,
                "/moderation/second-factor",
                browser.page("/moderation/second-factor"),
                TestCodes.at(key, step));
        assertValid("second factor on", browser.get("/moderation/second-factor").body());

        FormSession again = new FormSession(port, language);
        assertThat(location(logIn(again, email, TestAccounts.PASSWORD))).endsWith("/login/second-factor");
        Document codePage = again.page("/login/second-factor");
        assertValid("second-factor login", codePage.outerHtml());
        HttpResponse<String> wrong = postCode(again, "/login/second-factor", codePage, TestCodes.wrong(key, step + 1));
        assertValid("second-factor login with error", again.get(location(wrong)).body());
    }

    private static HttpResponse<String> postCode(FormSession browser, String path, Document page, String code) {
        return browser.post(
                path,
                Map.of("_csrf", List.of(page.selectFirst("input[name=_csrf]").val()), "code", List.of(code)),
                Map.of());
    }

    private static void assertValid(String what, String html) {
        assertThat(checker.errorsIn(html))
                .as("Nu HTML checker errors on the " + what + " page")
                .isEmpty();
    }
}
