package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;
import static org.peacedirectory.account.TestAccounts.loggedIn;
import static org.peacedirectory.account.TestAccounts.press;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admins disable, enable and reset accounts; everyone changes their own password; all of it is logged. */
@DirectoryTest
class AccountManagementTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    String adminEmail;
    FormSession admin;

    @BeforeEach
    void logInAsAdmin() {
        throttle.clear();
        adminEmail = testAccounts.create(Role.ADMIN);
        admin = loggedIn(port, adminEmail);
    }

    @AfterEach
    void forgetFailedLogins() {
        throttle.clear();
    }

    @Test
    void disablesAndEnablesAnAccountAndLogsBoth() {
        String email = testAccounts.create(Role.MODERATOR);
        long id = testAccounts.idOf(email);

        HttpResponse<String> disabled =
                press(admin, admin.page("/moderation/accounts"), "/moderation/accounts/" + id + "/disable");

        assertThat(location(disabled)).endsWith("/moderation/accounts");
        assertThat(admin.page("/moderation/accounts").selectFirst(".notice").text())
                .contains("was disabled");
        assertThat(testAccounts.isEnabled(email)).isFalse();
        assertThat(location(logIn(new FormSession(port, "en"), email, PASSWORD)))
                .endsWith("/login?error");

        press(admin, admin.page("/moderation/accounts"), "/moderation/accounts/" + id + "/enable");

        assertThat(testAccounts.isEnabled(email)).isTrue();
        assertThat(testAccounts.loggedActions(email)).containsExactly("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
        assertThat(testAccounts.lastActor(email)).isEqualTo(testAccounts.idOf(adminEmail));
        assertThat(location(logIn(new FormSession(port, "en"), email, PASSWORD)))
                .endsWith("/moderation");
    }

    @Test
    void refusesToLetAnAdminDisableThemself() {
        long ownId = testAccounts.idOf(adminEmail);
        Document list = admin.page("/moderation/accounts");
        assertThat(list.select("form[action$='/" + ownId + "/disable']")).isEmpty();

        HttpResponse<String> response = press(admin, list, "/moderation/accounts/" + ownId + "/disable");

        assertThat(location(response)).endsWith("/moderation/accounts");
        assertThat(admin.page("/moderation/accounts").selectFirst(".notice").text())
                .isEqualTo("You cannot disable your own account.");
        assertThat(testAccounts.isEnabled(adminEmail)).isTrue();
        assertThat(testAccounts.loggedActions(adminEmail)).isEmpty();
    }

    @Test
    void resetsAPasswordAndLogsIt() {
        String email = testAccounts.create(Role.MODERATOR);
        long id = testAccounts.idOf(email);
        Map<String, List<String>> form = FormSession.fieldsOf(admin.page("/moderation/accounts/" + id + "/password"));
        form.put("password", List.of("  spaces count too 99  "));

        HttpResponse<String> response = admin.post("/moderation/accounts/" + id + "/password", form, Map.of());

        assertThat(location(response)).endsWith("/moderation/accounts");
        assertThat(testAccounts.hasPassword(email, "  spaces count too 99  ")).isTrue();
        assertThat(testAccounts.loggedActions(email)).containsExactly("PASSWORD_RESET");
        assertThat(location(logIn(new FormSession(port, "en"), email, "  spaces count too 99  ")))
                .endsWith("/moderation");
    }

    @Test
    void showsTheCreateFormAgainWith422AndNeverSendsThePasswordBack() {
        Map<String, List<String>> form = FormSession.fieldsOf(admin.page("/moderation/accounts/new"));
        form.put("email", List.of("not an address"));
        form.put("displayName", List.of("   "));
        form.put("role", List.of("ROOT"));
        form.put("password", List.of("Password1234"));

        HttpResponse<String> response = admin.post("/moderation/accounts", form, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#error-summary").text())
                .contains(
                        "Enter an email address like name@example.org.",
                        "Enter the name.",
                        "Choose a role.",
                        "one of the most common");
        assertThat(page.selectFirst("#email").val()).isEqualTo("not an address");
        assertThat(page.selectFirst("#password").val()).isEmpty();
        assertThat(response.body()).doesNotContain("Password1234");
    }

    @Test
    void refusesASecondAccountWithTheSameEmailInAnotherCase() {
        String email = testAccounts.create(Role.MODERATOR);
        Map<String, List<String>> form = FormSession.fieldsOf(admin.page("/moderation/accounts/new"));
        form.put("email", List.of(email.toUpperCase()));
        form.put("displayName", List.of("Someone Else"));
        form.put("password", List.of("river lantern basket 8"));

        HttpResponse<String> response = admin.post("/moderation/accounts", form, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).selectFirst("#error-summary").text())
                .contains("An account with this email address already exists.");
    }

    @Test
    void letsAModeratorChangeTheirOwnPasswordOnceTheyGiveTheCurrentOne() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        Map<String, List<String>> form = FormSession.fieldsOf(moderator.page("/moderation/password"));
        form.put("currentPassword", List.of("not my password"));
        form.put("newPassword", List.of("purple ocean ladder 31"));
        form.put("confirmation", List.of("purple ocean ladder 31"));

        HttpResponse<String> wrongCurrent = moderator.post("/moderation/password", form, Map.of());

        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrongCurrent.body())
                        .selectFirst("#error-summary")
                        .text())
                .contains("The current password is wrong.");

        form.put("currentPassword", List.of(PASSWORD));
        HttpResponse<String> changed = moderator.post("/moderation/password", form, Map.of());

        assertThat(location(changed)).endsWith("/moderation/password");
        assertThat(moderator.page("/moderation/password").selectFirst(".notice").text())
                .isEqualTo("Your password was changed.");
        assertThat(testAccounts.loggedActions(email)).containsExactly("PASSWORD_CHANGED");
        assertThat(testAccounts.lastActor(email)).isEqualTo(testAccounts.idOf(email));
        assertThat(location(logIn(new FormSession(port, "en"), email, "purple ocean ladder 31")))
                .endsWith("/moderation");
    }

    @Test
    void refusesANewPasswordThatIsTooShortOrNotConfirmed() {
        FormSession moderator = loggedIn(port, testAccounts.create(Role.MODERATOR));
        Map<String, List<String>> form = FormSession.fieldsOf(moderator.page("/moderation/password"));
        form.put("currentPassword", List.of(PASSWORD));
        form.put("newPassword", List.of("short"));
        form.put("confirmation", List.of("short"));

        HttpResponse<String> tooShort = moderator.post("/moderation/password", form, Map.of());

        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.body()).selectFirst("#error-summary").text())
                .contains("Use at least 12 characters.");

        form.put("newPassword", List.of("purple ocean ladder 31"));
        form.put("confirmation", List.of("purple ocean ladder 32"));
        HttpResponse<String> notConfirmed = moderator.post("/moderation/password", form, Map.of());

        assertThat(notConfirmed.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(notConfirmed.body())
                        .selectFirst("#error-summary")
                        .text())
                .contains("The two new passwords are not the same.");
    }

    @Test
    void answersAnUnknownAccountWith404() {
        assertThat(admin.get("/moderation/accounts/999999999/password").statusCode())
                .isEqualTo(404);
    }
}
