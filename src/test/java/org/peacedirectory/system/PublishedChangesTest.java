package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published change reaches the other instances (here a connection listening as theirs do) when the
 * transaction that makes it commits, never before, and never after a rollback. The organisation ids are
 * of no organisation, so that the instances of other test contexts that hear them have nothing to index.
 */
@DirectoryTest
class PublishedChangesTest {

    private static final long NO_ORGANISATION = 999_999_000L;

    @Autowired
    PublishedChanges changes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void isToldToEveryInstanceWhenItsTransactionCommitsAndNeverAfterARollback() throws SQLException {
        try (Connection other =
                DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
            try (Statement listen = other.createStatement()) {
                listen.execute("listen " + PublishedChanges.CHANNEL);
            }
            PGConnection heard = other.unwrap(PGConnection.class);
            String instance = changes.instance();

            transactions.executeWithoutResult(transaction -> {
                changes.published(NO_ORGANISATION + 1);
                assertThat(ours(heard, 200)).as("before the commit").isEmpty();
            });
            assertThat(ours(heard, 5000)).containsExactly(instance + " " + (NO_ORGANISATION + 1));

            transactions.executeWithoutResult(transaction -> {
                changes.published(NO_ORGANISATION + 2);
                transaction.setRollbackOnly();
            });
            changes.published(NO_ORGANISATION + 3); // outside a transaction: at once

            assertThat(ours(heard, 5000))
                    .as("delivered in commit order: the rolled back one would come first")
                    .containsExactly(instance + " " + (NO_ORGANISATION + 3));
        }
    }

    /**
     * This instance's payloads that arrive within the wait, returned as soon as there is one (notifications
     * of other test contexts' instances, which share the database, are left out).
     */
    private List<String> ours(PGConnection connection, long waitMillis) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        List<String> payloads = new ArrayList<>();
        try {
            while (payloads.isEmpty() && System.nanoTime() < deadline) {
                int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                for (PGNotification notification : connection.getNotifications(left)) {
                    if (notification.getParameter().startsWith(changes.instance() + " ")) {
                        payloads.add(notification.getParameter());
                    }
                }
            }
            return payloads;
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
