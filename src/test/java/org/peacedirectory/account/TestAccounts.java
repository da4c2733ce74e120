package org.peacedirectory.account;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.peacedirectory.FormSession;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts made for one test (each with its own email address), and logging in with them over HTTP. */
@TestComponent
public final class TestAccounts {

    static final String PASSWORD = "violet kettle orbit 42";

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    TestAccounts(
            Accounts accounts,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /** A new enabled account with {@link #PASSWORD}; returns its email address. */
    String create(Role role) {
        return create(role, PASSWORD);
    }

    String create(Role role, String password) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
        transaction.executeWithoutResult(status -> accounts.save(new Account(
                email, "Test " + email.substring(0, 20), passwordEncoder.encode(password), role, Instant.now())));
        return email;
    }

    void disable(String email) {
        transaction.executeWithoutResult(
                status -> accounts.findByEmailIgnoreCase(email).orElseThrow().disable());
    }

    long idOf(String email) {
        return accounts.findByEmailIgnoreCase(email).orElseThrow().getId();
    }

    boolean isEnabled(String email) {
        return accounts.findByEmailIgnoreCase(email).orElseThrow().isEnabled();
    }

    boolean hasPassword(String email, String password) {
        return passwordEncoder.matches(
                password, accounts.findByEmailIgnoreCase(email).orElseThrow().getPasswordHash());
    }

    /** The actions logged about an account, oldest first. */
    List<String> loggedActions(String email) {
        return jdbc.sql("select action from moderation_log where account_id = ? order by id")
                .param(idOf(email))
                .query(String.class)
                .list();
    }

    /** Who did the last logged action about an account (null for the system). */
    Long lastActor(String email) {
        return jdbc.sql("select actor_id from moderation_log where account_id = ? order by id desc limit 1")
                .param(idOf(email))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** Sends the login form as a browser would, with the CSRF token of the page. */
    static HttpResponse<String> logIn(FormSession browser, String email, String password) {
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/login"));
        form.put("email", List.of(email));
        form.put("password", List.of(password));
        return browser.post("/login", form, Map.of());
    }

    /** Logs in and checks that it worked. */
    static FormSession loggedIn(int port, String email) {
        FormSession browser = new FormSession(port, "en");
        HttpResponse<String> response = logIn(browser, email, PASSWORD);
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException(
                    "Login failed for " + email + ": " + response.headers().map());
        }
        return browser;
    }

    /** POSTs a button's form: only the CSRF token, as the page rendered it. */
    static HttpResponse<String> press(FormSession browser, Document page, String action) {
        String token = page.selectFirst("input[name=_csrf]").val();
        return browser.post(action, Map.of("_csrf", List.of(token)), Map.of());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
