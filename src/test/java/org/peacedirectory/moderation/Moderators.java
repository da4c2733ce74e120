package org.peacedirectory.moderation;

import java.util.UUID;

import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Moderator accounts made directly in the database for tests that act as a moderator. */
final class Moderators {

    private Moderators() {
    }

    static ModeratorPrincipal create(JdbcClient jdbc, String displayName) {
        String email = "moderator-" + UUID.randomUUID() + "@example.org";
        long id = jdbc.sql("""
                insert into account (email, display_name, password_hash, role)
                values (?, ?, 'not-a-usable-hash', 'MODERATOR') returning id""")
                .params(email, displayName).query(Long.class).single();
        return new ModeratorPrincipal(id, email, displayName, "not-a-usable-hash", Role.MODERATOR, true);
    }
}
