package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every moderation address is closed to anonymous visitors, and no decision goes through without CSRF. */
@DirectoryTest
class ModerationAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/moderation",
                "/moderation?tab=spam",
                "/moderation/log",
                "/moderation/recheck",
                "/moderation/high-risk-countries",
                "/moderation/organisations/1/safety",
                "/moderation/submissions/1",
                "/moderation/submissions/1/edit",
                "/moderation/organisations/1",
                "/moderation/reports/1",
                "/moderation/accounts",
                "/moderation/accounts/new",
                "/moderation/password",
                "/moderation/second-factor"
            })
    void sendsAnonymousVisitorsToTheLoginPage(String path) {
        HttpResponse<String> response = new FormSession(port, "en").get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claim", "approve", "reject", "request-changes", "spam"})
    void refusesADecisionPostedWithoutCsrfTokenEvenFromALoggedInModerator(String action) {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Csrf Checker"));

        HttpResponse<String> response = moderator.postUrlEncoded(
                "/moderation/submissions/1/" + action, Map.of("version", "0", "reason", "OTHER", "message", "x"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/moderation/reports/1/resolve", "/moderation/reports/1/dismiss"})
    void refusesAReportDecisionPostedWithoutCsrfTokenEvenFromALoggedInModerator(String path) {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Csrf Checker"));

        HttpResponse<String> response = moderator.postUrlEncoded(path, Map.of("version", "0", "note", "x"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/moderation/recheck/1",
                "/moderation/organisations/1/verification",
                "/moderation/organisations/1/safety",
                "/moderation/organisations/1/safety/approve",
                "/moderation/high-risk-countries"
            })
    void refusesAVerificationPostedWithoutCsrfTokenEvenFromALoggedInModerator(String path) {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Csrf Checker"));

        HttpResponse<String> response = moderator.postUrlEncoded(path, Map.of("version", "0", "move", "REVERIFY"));

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
