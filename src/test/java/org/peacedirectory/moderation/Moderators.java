package org.peacedirectory.moderation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peacedirectory.FormSession;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Moderator accounts made directly in the database for tests that act as a moderator. */
public final class Moderators {

    private Moderators() {}

    /** A moderator who can log in with the given password. */
    public record Login(String email, String password, long id) {}

    public static Login withPassword(JdbcClient jdbc, PasswordEncoder encoder, String displayName) {
        String email = "moderator-" + UUID.randomUUID() + "@example.org";
        String password = "correct horse battery staple " + UUID.randomUUID();
        long id = jdbc.sql("""
                insert into account (email, display_name, password_hash, role)
                values (?, ?, ?, 'MODERATOR') returning id""")
                .params(email, displayName, encoder.encode(password))
                .query(Long.class)
                .single();
        return new Login(email, password, id);
    }

    /** Logs the session in through the login form, as a person would. */
    public static void logIn(FormSession browser, Login login) {
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/login"));
        form.put("email", List.of(login.email()));
        form.put("password", List.of(login.password()));
        HttpResponse<String> response = browser.post("/login", form, Map.of());
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Login failed: " + response.statusCode());
        }
    }

    public static ModeratorPrincipal create(JdbcClient jdbc, String displayName) {
        String email = "moderator-" + UUID.randomUUID() + "@example.org";
        long id = jdbc.sql("""
                insert into account (email, display_name, password_hash, role)
                values (?, ?, 'not-a-usable-hash', 'MODERATOR') returning id""").params(email, displayName).query(Long.class).single();
        return new ModeratorPrincipal(id, email, displayName, "not-a-usable-hash", Role.MODERATOR, true);
    }
}
