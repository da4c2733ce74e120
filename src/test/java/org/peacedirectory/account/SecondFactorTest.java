package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
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

/**
 * Moderators add a TOTP second factor and log in with it, over real HTTP; the codes are computed here from
 * the key the enrolment page shows, as an authenticator app would. A code at time step {@code s} is used to
 * enrol and {@code s + 1} to log in: both lie in the ±1 step window whichever side of a step boundary the
 * server's checks fall, so no test waits for the clock.
 */
@DirectoryTest
class SecondFactorTest {

    private static final String WRONG_CODE = "This code is wrong, expired or already used.";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    /** A moderator with a second factor: their email, key and the step of the code used to enrol. */
    record Enrolled(String email, String key, long step, List<String> recoveryCodes) {
        String nextCode() {
            return TestCodes.at(key, step + 1);
        }
    }

    @BeforeEach
    void setUp() {
        throttle.clear();
    }

    @AfterEach
    void leaveTheSettingsAsFound() {
        throttle.clear();
        jdbc.sql("update security_setting set second_factor_required = false").update();
    }

    @Test
    void enrolsWithACodeFromTheShownKeyAndThenAsksForACodeAtLogin() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        Document page = moderator.page("/moderation/second-factor");
        String key = page.selectFirst("#secret").text();
        assertThat(key.replace(" ", "")).matches("[A-Z2-7]{32}");
        assertThat(page.selectFirst("#otpauth-uri").text())
                .startsWith("otpauth://totp/Peace%20Directory:")
                .contains("secret=" + key.replace(" ", ""));
        long step = TestCodes.currentStep();

        HttpResponse<String> enrolled = sendCode(moderator, "/moderation/second-factor", TestCodes.at(key, step));

        assertThat(location(enrolled)).endsWith("/moderation/second-factor");
        Document after = moderator.page("/moderation/second-factor");
        assertThat(after.selectFirst(".notice").text()).contains("Your second factor is on.");
        assertThat(after.select("#secret, #otpauth-uri")).isEmpty();
        assertThat(after.text()).doesNotContain(key).contains("10 unused recovery codes left.");
        assertThat(after.select("#recovery-codes code").eachText())
                .hasSize(10)
                .allSatisfy(code -> assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        assertThat(moderator.page("/moderation/second-factor").select("#recovery-codes"))
                .as("shown once")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from account_recovery_code where account_id = ? and code_hash = ?")
                        .params(
                                testAccounts.idOf(email),
                                after.selectFirst("#recovery-codes code").text())
                        .query(Integer.class)
                        .single())
                .as("only hashes are stored")
                .isZero();
        assertThat(testAccounts.loggedActions(email)).containsExactly("SECOND_FACTOR_ENABLED");

        FormSession browser = new FormSession(port, "en");
        HttpResponse<String> password = logIn(browser, email, PASSWORD, null);
        assertThat(location(password)).endsWith("/login/second-factor");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);
        assertThat(location(browser.get("/moderation"))).endsWith("/login");

        String tokenBefore = browser.page("/login/second-factor")
                .selectFirst("input[name=_csrf]")
                .val();
        HttpResponse<String> code = sendCode(browser, "/login/second-factor", TestCodes.at(key, step + 1));

        assertThat(location(code)).as("back to the page that asked").endsWith("/moderation");
        assertThat(browser.get("/moderation/password").statusCode()).isEqualTo(200);
        assertThat(browser.post("/logout", Map.of("_csrf", List.of(tokenBefore)), Map.of())
                        .statusCode())
                .as("the CSRF token from before the login is replaced")
                .isEqualTo(403);
        Document log = browser.page("/moderation/log?action=SECOND_FACTOR_ENABLED");
        assertThat(log.select("tbody tr").text()).contains("switched on a second factor");
    }

    @Test
    void refusesAWrongCodeOnTheSecondPageAndWithThePassword() {
        Enrolled moderator = enrolledModerator();
        FormSession browser = new FormSession(port, "en");
        assertThat(location(logIn(browser, moderator.email(), PASSWORD, null))).endsWith("/login/second-factor");

        HttpResponse<String> wrong =
                sendCode(browser, "/login/second-factor", TestCodes.wrong(moderator.key(), moderator.step() + 1));

        assertThat(location(wrong)).endsWith("/login/second-factor?error");
        assertThat(browser.page(location(wrong)).selectFirst("#error-summary").text())
                .contains(WRONG_CODE);
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);

        FormSession other = new FormSession(port, "en");
        assertThat(location(logIn(
                        other, moderator.email(), PASSWORD, TestCodes.wrong(moderator.key(), moderator.step() + 1))))
                .endsWith("/login?error");
        assertThat(other.get("/moderation").statusCode()).isEqualTo(302);

        assertThat(location(sendCode(browser, "/login/second-factor", moderator.nextCode())))
                .endsWith("/moderation");
    }

    @Test
    void acceptsEachCodeOnlyOnce() {
        Enrolled moderator = enrolledModerator();
        FormSession first = new FormSession(port, "en");
        assertThat(location(logIn(first, moderator.email(), PASSWORD, moderator.nextCode())))
                .endsWith("/moderation");

        FormSession replay = new FormSession(port, "en");
        assertThat(location(logIn(replay, moderator.email(), PASSWORD, moderator.nextCode())))
                .endsWith("/login?error");
        FormSession twoSteps = new FormSession(port, "en");
        logIn(twoSteps, moderator.email(), PASSWORD, null);
        assertThat(location(sendCode(twoSteps, "/login/second-factor", moderator.nextCode())))
                .endsWith("/login/second-factor?error");
        FormSession enrolmentCode = new FormSession(port, "en");
        assertThat(location(logIn(
                        enrolmentCode, moderator.email(), PASSWORD, TestCodes.at(moderator.key(), moderator.step()))))
                .endsWith("/login?error");
        assertThat(replay.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void logsInOnceWithEachRecoveryCode() {
        Enrolled moderator = enrolledModerator();
        String recoveryCode = moderator.recoveryCodes().get(3);
        FormSession browser = new FormSession(port, "en");
        logIn(browser, moderator.email(), PASSWORD, null);

        HttpResponse<String> recovered = sendCode(browser, "/login/second-factor", recoveryCode.toLowerCase());

        assertThat(location(recovered)).endsWith("/moderation");
        assertThat(browser.page("/moderation/second-factor").text()).contains("9 unused recovery codes left.");
        assertThat(testAccounts.loggedActions(moderator.email()))
                .containsExactly("SECOND_FACTOR_ENABLED", "RECOVERY_CODE_USED");
        FormSession again = new FormSession(port, "en");
        assertThat(location(logIn(again, moderator.email(), PASSWORD, recoveryCode)))
                .endsWith("/login?error");
        assertThat(location(logIn(
                        again,
                        moderator.email(),
                        PASSWORD,
                        moderator.recoveryCodes().get(4))))
                .as("another one, with the password in the login form")
                .endsWith("/moderation");
    }

    @Test
    void acceptsTheSameCodeSentTwiceAtOnceOnlyOnce() throws Exception {
        Enrolled moderator = enrolledModerator();
        List<FormSession> browsers = List.of(new FormSession(port, "en"), new FormSession(port, "en"));
        List<Map<String, List<String>>> forms = new java.util.ArrayList<>();
        for (FormSession browser : browsers) {
            Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/login"));
            form.put("email", List.of(moderator.email()));
            form.put("password", List.of(PASSWORD));
            form.put("code", List.of(moderator.nextCode()));
            forms.add(form);
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int which = i;
                results.add(threads.submit(() -> {
                    together.await();
                    return location(browsers.get(which).post("/login", forms.get(which), Map.of()));
                }));
            }
            List<String> locations =
                    List.of(results.get(0).get(), results.get(1).get());

            assertThat(locations)
                    .filteredOn(location -> location.endsWith("/moderation"))
                    .hasSize(1);
            assertThat(locations)
                    .filteredOn(location -> location.endsWith("/login?error"))
                    .hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void letsTheRightPasswordWithAValidCodeThroughWhileTheAccountIsLocked() {
        Enrolled moderator = enrolledModerator();
        FormSession guesser = new FormSession(port, "en");
        for (int i = 1; i <= 5; i++) {
            logIn(guesser, moderator.email(), "wrong password " + i, null);
        }
        FormSession owner = new FormSession(port, "en");
        assertThat(location(logIn(owner, moderator.email(), PASSWORD, null))).endsWith("/login?locked");
        assertThat(location(logIn(
                        owner, moderator.email(), PASSWORD, TestCodes.wrong(moderator.key(), moderator.step() + 1))))
                .endsWith("/login?locked");
        assertThat(location(logIn(owner, moderator.email(), "a guessed password", moderator.nextCode())))
                .endsWith("/login?locked");

        HttpResponse<String> both = logIn(owner, moderator.email(), PASSWORD, moderator.nextCode());

        assertThat(location(both)).endsWith("/moderation");
        assertThat(owner.get("/moderation/password").statusCode()).isEqualTo(200);
        assertThat(throttle.lockedForAccount(moderator.email())).isZero();
    }

    @Test
    void refusesEvenTheRightCodeAfterTenWrongCodesWithThePassword() {
        Enrolled moderator = enrolledModerator();
        String wrong = TestCodes.wrong(moderator.key(), moderator.step() + 1);
        for (int i = 1; i <= 9; i++) {
            assertThat(location(logIn(new FormSession(port, "en"), moderator.email(), PASSWORD, wrong)))
                    .as("wrong code " + i)
                    .endsWith("/login?error");
        }
        assertThat(location(logIn(new FormSession(port, "en"), moderator.email(), PASSWORD, wrong)))
                .endsWith("/login?codesLocked");

        FormSession owner = new FormSession(port, "en");
        HttpResponse<String> right = logIn(owner, moderator.email(), PASSWORD, moderator.nextCode());

        assertThat(location(right)).endsWith("/login?codesLocked");
        assertThat(owner.page(location(right)).selectFirst("#error-summary").text())
                .contains("Too many wrong second-factor codes for this account. No code is accepted for 60 minutes, "
                        + "not even the right one.");
        assertThat(owner.get("/moderation").statusCode()).isEqualTo(302);
        assertThat(location(logIn(owner, moderator.email(), PASSWORD, null)))
                .as("no way round on the next page")
                .endsWith("/login?codesLocked");
        assertThat(location(logIn(owner, moderator.email(), "a guessed password", moderator.nextCode())))
                .as("a wrong password is told nothing about it")
                .endsWith("/login?error");
        FormSession french = new FormSession(port, "fr");
        assertThat(french.page(location(logIn(french, moderator.email(), PASSWORD, null)))
                        .text())
                .contains("Trop de codes de deuxième facteur incorrects pour ce compte.");
        assertThat(throttle.lockedForAddress("127.0.0.1"))
                .as("far below the address limit")
                .isZero();
    }

    @Test
    void saysNothingOfTheCodeLockWhileTheEmailIsLockedByWrongPasswords() {
        Enrolled moderator = enrolledModerator();
        String wrong = TestCodes.wrong(moderator.key(), moderator.step() + 1);
        for (int i = 1; i <= 10; i++) {
            logIn(new FormSession(port, "en"), moderator.email(), PASSWORD, wrong);
        }
        FormSession guesser = new FormSession(port, "en");
        for (int i = 1; i <= 5; i++) {
            logIn(guesser, moderator.email(), "wrong password " + i, null);
        }

        assertThat(location(logIn(guesser, moderator.email(), PASSWORD, moderator.nextCode())))
                .as("the right password")
                .endsWith("/login?locked");
        assertThat(location(logIn(guesser, moderator.email(), "wrong password 6", moderator.nextCode())))
                .as("a wrong one")
                .endsWith("/login?locked");
        assertThat(guesser.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void countsWrongCodesOnTheSecondPageAgainstTheSameLimit() {
        Enrolled moderator = enrolledModerator();
        String wrong = TestCodes.wrong(moderator.key(), moderator.step() + 1);
        List<FormSession> browsers =
                List.of(new FormSession(port, "en"), new FormSession(port, "en"), new FormSession(port, "en"));
        for (FormSession browser : browsers) {
            assertThat(location(logIn(browser, moderator.email(), PASSWORD, null)))
                    .endsWith("/login/second-factor");
        }
        for (int i = 1; i <= 4; i++) {
            sendCode(browsers.get(0), "/login/second-factor", wrong);
            sendCode(browsers.get(1), "/login/second-factor", wrong);
        }
        assertThat(location(sendCode(browsers.get(2), "/login/second-factor", wrong)))
                .endsWith("/login/second-factor?error");

        assertThat(location(sendCode(browsers.get(2), "/login/second-factor", wrong)))
                .as("the tenth wrong code for the account")
                .endsWith("/login?codesLocked");
        assertThat(location(sendCode(browsers.get(0), "/login/second-factor", moderator.nextCode())))
                .as("the right code, on a page asked for before the lock")
                .endsWith("/login?codesLocked");
        assertThat(browsers.get(0).get("/moderation").statusCode()).isEqualTo(302);
        assertThat(location(logIn(new FormSession(port, "en"), moderator.email(), PASSWORD, moderator.nextCode())))
                .endsWith("/login?codesLocked");
    }

    @Test
    void keepsAnAddressOverItsLimitBlockedEvenWithTheRightCode() {
        Enrolled moderator = enrolledModerator();
        FormSession browser = new FormSession(port, "en");
        for (int i = 1; i <= 20; i++) {
            logIn(browser, "guess-" + i + "-" + UUID.randomUUID() + "@example.org", "wrong password", null);
        }

        assertThat(location(logIn(browser, moderator.email(), PASSWORD, moderator.nextCode())))
                .endsWith("/login?locked");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void keepsALockedAccountWithoutSecondFactorLockedWhateverCodeComes() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, "en");
        for (int i = 1; i <= 5; i++) {
            logIn(browser, email, "wrong password " + i, null);
        }

        assertThat(location(logIn(browser, email, PASSWORD, "123456"))).endsWith("/login?locked");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesTheEnrolmentWithAWrongCodeAndKeepsTheSameKey() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        String key = moderator
                .page("/moderation/second-factor")
                .selectFirst("#secret")
                .text();

        HttpResponse<String> wrong =
                sendCode(moderator, "/moderation/second-factor", TestCodes.wrong(key, TestCodes.currentStep()));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains(WRONG_CODE).contains(key);
        assertThat(moderator
                        .page("/moderation/second-factor")
                        .selectFirst("#secret")
                        .text())
                .isEqualTo(key);
        assertThat(testAccounts.loggedActions(email)).isEmpty();
        assertThat(location(logIn(new FormSession(port, "en"), email, PASSWORD, null)))
                .endsWith("/moderation");
    }

    @Test
    void switchesOffOnlyWithACurrentCode() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        String key = moderator
                .page("/moderation/second-factor")
                .selectFirst("#secret")
                .text();
        long step = TestCodes.currentStep();
        sendCode(moderator, "/moderation/second-factor", TestCodes.at(key, step));

        HttpResponse<String> wrong =
                sendCode(moderator, "/moderation/second-factor/off", TestCodes.wrong(key, step + 1));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains(WRONG_CODE);
        HttpResponse<String> reused = sendCode(moderator, "/moderation/second-factor/off", TestCodes.at(key, step));
        assertThat(reused.statusCode()).as("the enrolment code again").isEqualTo(422);

        HttpResponse<String> off = sendCode(moderator, "/moderation/second-factor/off", TestCodes.at(key, step + 1));

        assertThat(location(off)).endsWith("/moderation/second-factor");
        assertThat(moderator
                        .page("/moderation/second-factor")
                        .selectFirst(".notice")
                        .text())
                .contains("Your second factor is off.");
        assertThat(testAccounts.loggedActions(email))
                .containsExactly("SECOND_FACTOR_ENABLED", "SECOND_FACTOR_DISABLED");
        assertThat(location(logIn(new FormSession(port, "en"), email, PASSWORD, null)))
                .endsWith("/moderation");
    }

    @Test
    void refusesToSwitchOffWithTheRightCodeAfterTenWrongOnes() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        String key = moderator
                .page("/moderation/second-factor")
                .selectFirst("#secret")
                .text();
        long step = TestCodes.currentStep();
        sendCode(moderator, "/moderation/second-factor", TestCodes.at(key, step));
        for (int i = 0; i < 10; i++) {
            assertThat(sendCode(moderator, "/moderation/second-factor/off", TestCodes.wrong(key, step + 1))
                            .statusCode())
                    .isEqualTo(422);
        }

        HttpResponse<String> right = sendCode(moderator, "/moderation/second-factor/off", TestCodes.at(key, step + 1));

        assertThat(right.statusCode()).as("a guessed code after ten wrong ones").isEqualTo(422);
        assertThat(testAccounts.loggedActions(email)).containsExactly("SECOND_FACTOR_ENABLED");
    }

    @Test
    void letsAnAdminRemoveTheSecondFactorOfAModeratorWhoLostTheirPhone() {
        Enrolled moderator = enrolledModerator();
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);
        long id = testAccounts.idOf(moderator.email());
        Document list = admin.page("/moderation/accounts");
        assertThat(list.select("form[action$='/" + id + "/second-factor/remove']"))
                .hasSize(1);

        HttpResponse<String> removed =
                TestAccounts.press(admin, list, "/moderation/accounts/" + id + "/second-factor/remove");

        assertThat(location(removed)).endsWith("/moderation/accounts");
        assertThat(admin.page("/moderation/accounts").selectFirst(".notice").text())
                .contains("The second factor of Test " + moderator.email().substring(0, 20) + " was removed.");
        assertThat(testAccounts.loggedActions(moderator.email()))
                .containsExactly("SECOND_FACTOR_ENABLED", "SECOND_FACTOR_REMOVED");
        assertThat(testAccounts.lastActor(moderator.email())).isEqualTo(testAccounts.idOf(adminEmail));
        assertThat(location(logIn(new FormSession(port, "en"), moderator.email(), PASSWORD, null)))
                .endsWith("/moderation");
    }

    @Test
    void refusesToRemoveAnAdminsOwnSecondFactorFromTheAccountsPage() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);
        String key =
                admin.page("/moderation/second-factor").selectFirst("#secret").text();
        sendCode(admin, "/moderation/second-factor", TestCodes.at(key, TestCodes.currentStep()));
        long id = testAccounts.idOf(adminEmail);
        Document list = admin.page("/moderation/accounts");
        assertThat(list.select("form[action$='/" + id + "/second-factor/remove']"))
                .as("no button on their own row")
                .isEmpty();

        HttpResponse<String> refused = admin.post(
                "/moderation/accounts/" + id + "/second-factor/remove",
                Map.of("_csrf", List.of(list.selectFirst("input[name=_csrf]").val())),
                Map.of());

        assertThat(location(refused)).endsWith("/moderation/accounts");
        assertThat(admin.page("/moderation/accounts").selectFirst(".notice").text())
                .contains("You cannot remove your own second factor here.");
        assertThat(testAccounts.loggedActions(adminEmail)).containsExactly("SECOND_FACTOR_ENABLED");
        assertThat(location(logIn(new FormSession(port, "en"), adminEmail, PASSWORD, null)))
                .as("still asks for a code")
                .endsWith("/login/second-factor");
    }

    @Test
    void sendsAModeratorWithoutSecondFactorToEnrolmentWhileAnAdminRequiresIt() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);
        Document accountsPage = admin.page("/moderation/accounts");
        assertThat(accountsPage.selectFirst("#second-factor-required").hasAttr("checked"))
                .isFalse();
        requireSecondFactor(admin, true);
        assertThat(admin.page("/moderation/accounts").selectFirst(".notice").text())
                .contains("Set up your own second factor first");
        String adminKey =
                admin.page("/moderation/second-factor").selectFirst("#secret").text();
        sendCode(admin, "/moderation/second-factor", TestCodes.at(adminKey, TestCodes.currentStep()));
        assertThat(location(requireSecondFactor(admin, true))).endsWith("/moderation/accounts");
        assertThat(admin.page("/moderation/accounts")
                        .selectFirst("#second-factor-required")
                        .hasAttr("checked"))
                .isTrue();

        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = new FormSession(port, "en");
        assertThat(location(logIn(moderator, email, PASSWORD, null))).endsWith("/moderation");
        for (String path : List.of("/moderation", "/moderation/log", "/moderation/password")) {
            HttpResponse<String> response = moderator.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/moderation/second-factor");
        }
        Document enrolment = moderator.page("/moderation/second-factor");
        assertThat(enrolment.text()).contains("An administrator requires a second factor of every moderator.");
        String key = enrolment.selectFirst("#secret").text();
        sendCode(moderator, "/moderation/second-factor", TestCodes.at(key, TestCodes.currentStep()));
        assertThat(moderator.get("/moderation").statusCode()).isEqualTo(200);

        requireSecondFactor(admin, false);
        assertThat(jdbc.sql("select action from moderation_log where actor_id = ? order by id")
                        .param(testAccounts.idOf(adminEmail))
                        .query(String.class)
                        .list())
                .containsExactly("SECOND_FACTOR_ENABLED", "SECOND_FACTOR_REQUIRED", "SECOND_FACTOR_MADE_OPTIONAL");
        Document log = admin.page("/moderation/log?action=SECOND_FACTOR_REQUIRED");
        assertThat(log.select("tbody tr").text()).contains("required a second factor of every moderator");
    }

    @Test
    void asksForThePasswordAgainAfterFiveWrongCodes() {
        Enrolled moderator = enrolledModerator();
        FormSession browser = new FormSession(port, "en");
        logIn(browser, moderator.email(), PASSWORD, null);
        String wrong = TestCodes.wrong(moderator.key(), moderator.step() + 1);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(sendCode(browser, "/login/second-factor", wrong)))
                    .as("wrong code " + i)
                    .endsWith("/login/second-factor?error");
        }

        assertThat(location(sendCode(browser, "/login/second-factor", wrong))).endsWith("/login?error");
        assertThat(location(browser.get("/login/second-factor"))).endsWith("/login");
        assertThat(location(sendCode(browser, "/login/second-factor", moderator.nextCode())))
                .endsWith("/login");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesEverySecondFactorFormPostedWithoutCsrfToken() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        FormSession admin = loggedIn(port, adminEmail);
        long id = testAccounts.idOf(adminEmail);
        for (String path : List.of(
                "/moderation/second-factor",
                "/moderation/second-factor/off",
                "/moderation/accounts/second-factor-requirement",
                "/moderation/accounts/" + id + "/second-factor/remove",
                "/login/second-factor")) {
            assertThat(admin.postUrlEncoded(path, Map.of("code", "123456", "required", "true"))
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select second_factor_required from security_setting")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void sendsTheSecondFactorPageBackToTheLoginWithoutAPasswordFirst() {
        FormSession browser = new FormSession(port, "en");

        assertThat(location(browser.get("/login/second-factor"))).endsWith("/login");
    }

    /** Ticks or unticks the requirement on the accounts page and saves it. */
    private static HttpResponse<String> requireSecondFactor(FormSession admin, boolean required) {
        Document page = admin.page("/moderation/accounts");
        Map<String, List<String>> form = new java.util.HashMap<>(
                Map.of("_csrf", List.of(page.selectFirst("input[name=_csrf]").val())));
        if (required) {
            form.put("required", List.of("true"));
        }
        return admin.post("/moderation/accounts/second-factor-requirement", form, Map.of());
    }

    /** A new moderator who enrolled through the page with the code of the current step. */
    private Enrolled enrolledModerator() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession moderator = loggedIn(port, email);
        String key = moderator
                .page("/moderation/second-factor")
                .selectFirst("#secret")
                .text();
        long step = TestCodes.currentStep();
        HttpResponse<String> response = sendCode(moderator, "/moderation/second-factor", TestCodes.at(key, step));
        if (!location(response).endsWith("/moderation/second-factor")) {
            throw new IllegalStateException("Enrolment failed: " + response.statusCode());
        }
        List<String> recoveryCodes = moderator
                .page("/moderation/second-factor")
                .select("#recovery-codes code")
                .eachText();
        return new Enrolled(email, key, step, recoveryCodes);
    }

    /** The login form as a browser sends it, with or without the optional code. */
    private static HttpResponse<String> logIn(FormSession browser, String email, String password, String code) {
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/login"));
        form.put("email", List.of(email));
        form.put("password", List.of(password));
        form.put("code", List.of(code == null ? "" : code));
        return browser.post("/login", form, Map.of());
    }

    /** Fills the code into the form of the page that posts to {@code path} and sends it. */
    private static HttpResponse<String> sendCode(FormSession browser, String path, String code) {
        Document page = browser.page(path.endsWith("/off") ? "/moderation/second-factor" : path);
        if (page.selectFirst("input[name=_csrf]") == null) {
            page = browser.page("/login"); // sent back to the login: post with the session's token anyway
        }
        String token = page.selectFirst("input[name=_csrf]").val();
        return browser.post(path, Map.of("_csrf", List.of(token), "code", List.of(code)), Map.of());
    }
}
