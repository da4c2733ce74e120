package org.peacedirectory.system;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces a change of published data to every instance of the app, this one included: a PostgreSQL
 * notification on the channel {@value #CHANNEL}, sent in the transaction that makes the change, so that
 * PostgreSQL delivers it when (and only if) that transaction commits; each instance's
 * {@link PublishedChangesListener} hears it and forgets its {@link PublishedDataCaches}. This instance's
 * caches are also forgotten right after the commit, on the committing thread, so that the moderator's next
 * request sees the change without waiting for the notification's round trip.
 * <p>
 * The payload is {@code "<instance> <organisation id>"}: the sending instance (a random id given at each
 * start, also in its listener's {@code application_name}) and the organisation (0: any, after a rebuild of
 * the search index). PostgreSQL sends a payload once per transaction however often it is notified.
 */
@Component
public class PublishedChanges {

    /** The notification channel. */
    static final String CHANNEL = "published_changes";

    private static final Logger log = LoggerFactory.getLogger(PublishedChanges.class);

    private final JdbcClient jdbc;
    private final PublishedDataCaches caches;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    PublishedChanges(JdbcClient jdbc, PublishedDataCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /** This instance's id in notifications and in its listener's connection ({@code published-changes <id>}). */
    public String instance() {
        return instance;
    }

    /**
     * A published organisation changed (0: anything published may have, as after a rebuild of the search
     * index): every instance is told when the current transaction commits (at once outside a transaction),
     * and this instance's caches are forgotten after the commit. Within a transaction a failure to notify
     * fails it (the database is unreachable: the change cannot commit either); outside one it is logged, the
     * other instances then forgetting their caches within {@code directory.search.cache-lifetime}.
     */
    public void published(long organisationId) {
        String payload = instance + " " + organisationId;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            tellEveryInstance(payload);
        } else {
            try {
                tellEveryInstance(payload);
            } catch (DataAccessException failure) {
                log.warn("Other instances not told of a published change ({}): {}", payload, failure.toString());
            }
        }
        AfterCommit.run(caches::forgetAll);
    }

    private void tellEveryInstance(String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query().listOfRows();
    }
}
