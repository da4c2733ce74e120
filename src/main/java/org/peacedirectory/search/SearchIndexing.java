package org.peacedirectory.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.PublicationStatus;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Builds the search index when it has to be built: at start when it is missing, was made by another
 * version of the mapping, or does not hold as many organisations as are published (a lost or foreign
 * index), and when an admin asks. The mass indexer runs in the background with its progress in the log;
 * meanwhile search pages say that the index is being built. Everyday changes never come here: Hibernate
 * Search indexes each published change at its commit. Whether the index is complete and current is kept
 * in a {@link SearchIndexMarker}: a file next to a local Lucene index, a database row for an index shared
 * on a cluster, whose build one instance at a time runs (the others serve meanwhile).
 */
@Component
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    /**
     * The version of the mapping and analysis: change it with them, and an existing index is rebuilt at
     * the next start (a Lucene index carries no schema to check).
     */
    static final String MAPPING_VERSION = "3"; // 2: verification levels (V20); 3: open data flag (V21)

    /** A cache condition (SpEL on this bean): nothing a half-built index answers is kept. */
    static final String NOT_BUILDING = "!@searchIndexing.isBuilding()";

    private final EntityManagerFactory entityManagerFactory;
    private final IndexCompleteness completeness;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SearchIndexMarker marker;
    private final boolean shared;
    private final boolean inBackground;
    private final ModerationLog moderationLog;
    private final AtomicBoolean building = new AtomicBoolean();

    SearchIndexing(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            SearchIndexDirectory directory,
            DataSource dataSource,
            ModerationLog moderationLog,
            @Value("${directory.search.url:}") String clusterUrl,
            @Value("${directory.search.rebuild-in-background:true}") boolean inBackground) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.events = events;
        this.shared = StringUtils.hasText(clusterUrl);
        this.marker = shared ? new SharedIndexMarker(jdbc, dataSource) : new LocalIndexMarker(directory.path());
        this.completeness = new IndexCompleteness(marker, jdbc, entityManager, transactions);
        this.inBackground = inBackground;
        this.moderationLog = moderationLog;
    }

    /** Where the index's state is kept (for tests). */
    SearchIndexMarker marker() {
        return marker;
    }

    /** Whether the index is shared with other instances (a search cluster; its marker then in the database). */
    boolean isShared() {
        return shared;
    }

    /** Whether the index is being built (searches then answer from what it holds so far). */
    public boolean isBuilding() {
        return building.get();
    }

    /**
     * At start: builds the index if it must be built, unless another instance is building it (a shared
     * index): the check is made under the build lock, so that two instances starting together build once.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildIfNeeded() {
        buildUnderLock(() -> {
            String why = reasonToBuild();
            if (why == null) {
                log.info("Search index ready: {} organisations", completeness.indexedCount());
            } else {
                log.info("Search index to be built: {}", why);
            }
            return why != null;
        });
    }

    /** An admin's rebuild, recorded in the moderation log when it starts. */
    @Transactional
    public boolean rebuildFor(ModeratorPrincipal admin) {
        if (admin == null || !admin.isAdmin()) {
            throw new AccessDeniedException("Only admins rebuild the search index");
        }
        boolean started = rebuild();
        if (started) {
            moderationLog.record(
                    admin.asLogActor(), ModerationAction.SEARCH_INDEX_REBUILT, new Target(null, null, null, null));
        }
        return started;
    }

    /**
     * Starts a full rebuild unless one is running (here, or on another instance for a shared index): every
     * published organisation indexed again by the mass indexer. Returns whether it started.
     */
    public boolean rebuild() {
        return buildUnderLock(() -> true);
    }

    /**
     * Takes the build flag and the build lock, asks whether to build, and starts the mass indexer, which
     * lets both go when it ends; whatever stops it from starting lets them go at once. Returns whether it
     * started.
     */
    private boolean buildUnderLock(BooleanSupplier shouldBuild) {
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        SearchIndexMarker.BuildLock lock = lockOrLeave();
        if (lock == null) {
            return false;
        }
        CompletableFuture<?> done = null;
        try {
            if (shouldBuild.getAsBoolean()) {
                done = start(lock);
            }
        } finally {
            if (done == null) {
                lock.release();
                building.set(false);
            }
        }
        if (done == null) {
            return false;
        }
        awaitIfInForeground(done);
        return true;
    }

    /** The build lock, or null (and the flag down) when another instance holds it. */
    private SearchIndexMarker.@Nullable BuildLock lockOrLeave() {
        SearchIndexMarker.BuildLock lock;
        try {
            lock = marker.tryLock();
        } catch (RuntimeException failure) {
            building.set(false);
            throw failure;
        }
        if (lock == null) {
            building.set(false);
            log.info("Search index being built by another instance: this one serves from it meanwhile");
        }
        return lock;
    }

    /** Starts the mass indexer, which holds the lock until it ends. */
    private CompletableFuture<?> start(SearchIndexMarker.BuildLock lock) {
        marker.forget();
        MassIndexer indexer = Search.mapping(entityManagerFactory)
                .scope(Organisation.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                // One segment at the end rather than a dozen: every search and sort visits each segment,
                // and sorting by name across segments compares the names' bytes instead of their ranks.
                .mergeSegmentsOnFinish(true)
                .monitor(new MassIndexingProgress());
        if (shared) {
            // Dropping and creating the index takes a moment whatever its size, where purging it (a delete by
            // query, the default) grows with it and could outlast the client's short read timeout.
            indexer.dropAndCreateSchemaOnStart(true).purgeAllOnStart(false);
        }
        indexer.type(Organisation.class)
                .reindexOnly("e.publicationStatus = :published")
                .param("published", PublicationStatus.PUBLISHED);
        CompletableFuture<?> done = indexer.start().toCompletableFuture();
        done.whenComplete((result, failure) -> {
            try {
                if (failure == null) {
                    marker.remember(MAPPING_VERSION);
                } else {
                    log.error("Search index build failed; an admin may start it again", failure);
                }
            } finally {
                lock.release();
                building.set(false);
                // Anything kept from the index as it was before or during the build is forgotten. Published here,
                // not by an aggregate: a rebuild changes no organisation (nothing is saved), only what the index
                // answers, and it ends outside any transaction, so the listeners hear it at once.
                events.publishEvent(new PublishedProfileChanged(0));
            }
        });
        return done;
    }

    private void awaitIfInForeground(CompletableFuture<?> done) {
        if (!inBackground) {
            done.join(); // tests: the context starts with its index built
        }
    }

    /** Why the index must be built before it can answer, or null when it is complete and current. */
    @Nullable
    String reasonToBuild() {
        return completeness.reasonToBuild();
    }
}
