package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.account.TestAccounts.PASSWORD;
import static org.peacedirectory.account.TestAccounts.location;
import static org.peacedirectory.account.TestAccounts.logIn;
import static org.peacedirectory.account.TestAccounts.press;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.ExpiredSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;

/**
 * Moderators' HTTP sessions live in PostgreSQL (Spring Session JDBC, V17): only a login makes one, it holds
 * no password, it ends at logout or 30 minutes after its last request, and readers never make one.
 */
@DirectoryTest
class SessionsInDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @Autowired
    ExpiredSessions expiredSessions;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void forgetCounts() {
        throttle.clear();
        submissions.clearRateLimits();
    }

    @Test
    void readersAndSubmittersMakeNoSession() {
        long start = System.currentTimeMillis();
        FormSession reader = new FormSession(port, "en");
        for (String path : List.of(
                "/",
                "/organisations",
                "/organisations/conascipal",
                "/submit",
                "/organisations/conascipal/suggest-edit",
                "/login",
                "/moderation",
                "/moderation/accounts",
                "/privacy")) {
            HttpResponse<String> page = reader.get(path);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        HttpResponse<String> sent = reader.post(
                "/submit", submissions.filledNewOrganisation(reader, stamps, "Sessionless Submitter Org"), Map.of());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(reader.get(location(sent)).statusCode()).isEqualTo(200);
        assertThat(sessionsMadeSince(start)).as("no session row written").isZero();
    }

    @Test
    void aLoginKeepsASmallSessionWithoutThePasswordInTheDatabase() throws Exception {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = new FormSession(port, "en");

        HttpResponse<String> login = logIn(browser, email, PASSWORD);

        assertThat(location(login)).endsWith("/moderation");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("SESSION=")
                        && cookie.contains("HttpOnly")
                        && cookie.contains("SameSite=Lax"));
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .as("30 minutes")
                .isEqualTo(1800);
        long size = attributeBytes(email);
        System.out.printf("A moderator's session after the login: %d bytes of attributes%n", size);
        assertThat(size).as("everything the session keeps, serialised").isLessThan(3000);
        SecurityContext context = (SecurityContext)
                deserialise(jdbc.sql("""
                        select a.attribute_bytes from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id
                        where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""").param(email).query(byte[].class).single());
        UsernamePasswordAuthenticationToken authentication =
                (UsernamePasswordAuthenticationToken) context.getAuthentication();
        assertThat(authentication.getCredentials()).as("the password typed").isNull();
        ModeratorPrincipal moderator = (ModeratorPrincipal) authentication.getPrincipal();
        assertThat(moderator.getUsername()).isEqualTo(email);
        assertThat(moderator.getPassword()).as("the password hash").isNull();
        assertThat(((LoginDetails) authentication.getDetails()).code()).isNull();
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(200);
    }

    @Test
    void aLogoutDeletesTheSession() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = TestAccounts.loggedIn(port, email);
        assertThat(sessionsOf(email)).isEqualTo(1);

        HttpResponse<String> logout = press(browser, browser.page("/moderation"), "/logout");

        assertThat(location(logout)).endsWith("/login?logout");
        assertThat(sessionsOf(email)).isZero();
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(302);
    }

    @Test
    void anExpiredSessionNoLongerLogsInAndIsRemoved() {
        String expired = testAccounts.create(Role.MODERATOR);
        String live = testAccounts.create(Role.MODERATOR);
        FormSession expiredBrowser = TestAccounts.loggedIn(port, expired);
        FormSession liveBrowser = TestAccounts.loggedIn(port, live);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 1860000,"
                        + " expiry_time = expiry_time - 1860000 where principal_name = ?")
                .param(expired)
                .update();

        expiredSessions.remove();

        assertThat(sessionsOf(expired)).isZero();
        assertThat(sessionsOf(live)).isEqualTo(1);
        assertThat(expiredBrowser.get("/moderation").statusCode()).isEqualTo(302);
        assertThat(liveBrowser.get("/moderation").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionThisVersionCannotReadAsksForTheLoginAgainRatherThanFailing() {
        String email = testAccounts.create(Role.MODERATOR);
        FormSession browser = TestAccounts.loggedIn(port, email);
        // as a session written by another version of the app (or of Spring Security) would read
        jdbc.sql("update spring_session_attributes set attribute_bytes = ?"
                        + " where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id ="
                        + " (select primary_id from spring_session where principal_name = ?)")
                .params("not a serialised object".getBytes(StandardCharsets.US_ASCII), email)
                .update();

        HttpResponse<String> queue = browser.get("/moderation");

        assertThat(queue.statusCode()).isEqualTo(302);
        assertThat(location(queue)).endsWith("/login");
        assertThat(location(logIn(browser, email, PASSWORD))).endsWith("/moderation");
        assertThat(browser.get("/moderation").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionFilterRunsInsideTheOutageFilterAndBeforeThePageCache() {
        Map<String, Integer> orders = new HashMap<>();
        app.getBeansOfType(AbstractFilterRegistrationBean.class)
                .forEach((name, registration) -> orders.put(name, registration.getOrder()));

        assertThat(orders.get("sessionRepositoryFilterRegistration"))
                .isGreaterThan(orders.get("databaseUnavailableFilter"))
                .isLessThan(orders.get("pageCacheFilter"));
    }

    private long sessionsMadeSince(long start) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= ?")
                .param(start)
                .query(Long.class)
                .single();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long attributeBytes(String email) {
        return jdbc.sql("""
                        select coalesce(sum(length(a.attribute_bytes)), 0) from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?""").param(email).query(Long.class).single();
    }

    private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
