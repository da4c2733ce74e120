package org.peacedirectory.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.search.IndexSnapshot.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the in-memory index of published organisations current. PostgreSQL stays the source of truth:
 * the index is loaded from the search columns refresh_organisation_search() keeps, loaded again after
 * every publish or change this instance commits (in the moderator's request, after the commit, so an
 * approval shows at once), and, for changes made elsewhere (another instance, SQL by hand), checked
 * against the database's fingerprint every {@code directory.search.cache-lifetime}.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private static final String PUBLISHED = """
            select o.id, o.name, coalesce(o.name_search, '') as name_search, o.search_version,
                   coalesce(o.search_document::text, '') as document,
                   array_to_string(o.country_codes, ' ') as countries, array_to_string(o.theme_slugs, ' ') as themes,
                   array_to_string(o.activity_levels, ' ') as levels, o.verification_status = 'VERIFIED' as verified,
                   coalesce(o.last_activity_year, 0) as last_year,
                   row_number() over (order by o.updated_at desc, o.id) - 1 as update_rank
            from organisation o where o.publication_status = 'PUBLISHED'
            order by o.name_sort, o.id""";

    private static final String FINGERPRINT = """
            select count(*) as count, coalesce(sum(o.search_version), 0) as version_sum
            from organisation o where o.publication_status = 'PUBLISHED'""";

    /** How long loading the index may take on the database's side. */
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final long checkEveryNanos;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Loaded current;

    /** An index and when it was last found current (System.nanoTime()). */
    private record Loaded(IndexSnapshot snapshot, long checkedAt) {
    }

    SearchIndex(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${directory.search.cache-lifetime}") Duration checkEvery) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000); // streamed, inside a transaction: the documents are large together
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // Its own transaction, also when loading after a moderator's commit (an after-commit listener).
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /**
     * The index, current with every change this instance has committed and at most one check period
     * behind others. Searches never wait for a reload, except for the very first load: while one search
     * checks, or a change is being loaded, the others answer from the index they have.
     */
    IndexSnapshot current() {
        Loaded loaded = current;
        if (loaded == null) {
            return loadIfNone();
        }
        if (System.nanoTime() - loaded.checkedAt() < checkEveryNanos || !loading.tryLock()) {
            return loaded.snapshot();
        }
        try {
            loaded = current;
            long now = System.nanoTime();
            if (now - loaded.checkedAt() >= checkEveryNanos) {
                current = fingerprint().equals(loaded.snapshot().fingerprint)
                        ? new Loaded(loaded.snapshot(), now) : new Loaded(load(), System.nanoTime());
            }
            return current.snapshot();
        } finally {
            loading.unlock();
        }
    }

    private IndexSnapshot loadIfNone() {
        loading.lock();
        try {
            if (current == null) {
                current = new Loaded(load(), System.nanoTime());
            }
            return current.snapshot();
        } finally {
            loading.unlock();
        }
    }

    /**
     * A publish or change this instance committed: loaded before the moderator's request answers, so
     * that their next page shows it; readers meanwhile answer from the index they have. Should the load
     * fail, the change is committed all the same, and the next search checks the database again.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(PublishedProfileChanged change) {
        loading.lock();
        try {
            current = new Loaded(load(), System.nanoTime());
        } catch (RuntimeException failure) {
            log.warn("Search index not reloaded after a change to organisation {}; the next search checks again",
                    change.organisationId(), failure);
            Loaded loaded = current;
            if (loaded != null) {
                current = new Loaded(loaded.snapshot(), System.nanoTime() - checkEveryNanos);
            }
        } finally {
            loading.unlock();
        }
    }

    /** Loads the index as the application starts, rather than on the first reader's search. */
    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        current();
    }

    private Fingerprint fingerprint() {
        return jdbc.queryForObject(FINGERPRINT,
                (row, number) -> new Fingerprint(row.getLong("count"), row.getLong("version_sum")));
    }

    private IndexSnapshot load() {
        long started = System.nanoTime();
        List<IndexedOrganisation> organisations = new ArrayList<>();
        readOnly.executeWithoutResult(status -> {
            allowLongLoad();
            jdbc.query(PUBLISHED, (ResultSet row) -> {
                organisations.add(organisation(row));
            });
        });
        IndexSnapshot snapshot = IndexSnapshot.of(organisations);
        log.info("Search index loaded: {} organisations in {} ms", snapshot.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return snapshot;
    }

    /**
     * The pool cancels a statement after seconds and gives up on a read the server has not answered
     * within seconds (a frozen database). The load sorts every published organisation before its first
     * row, which takes longer at 100,000: this transaction, and only it, may take minutes (both limits
     * return to the pool's with the transaction and its connection).
     */
    private void allowLongLoad() {
        jdbc.execute("set local statement_timeout = " + LOAD_LIMIT.toMillis());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.setNetworkTimeout(Runnable::run, (int) LOAD_LIMIT.toMillis());
            return null;
        });
    }

    private static IndexedOrganisation organisation(ResultSet row) throws SQLException {
        return new IndexedOrganisation(row.getLong("id"), row.getString("name"), row.getString("name_search"),
                row.getInt("update_rank"), row.getLong("search_version"),
                IndexedOrganisation.lexemes(row.getString("document")), values(row.getString("countries")),
                values(row.getString("themes")), values(row.getString("levels")), row.getBoolean("verified"),
                row.getInt("last_year"));
    }

    private static List<String> values(String spaced) {
        return spaced == null || spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }
}
