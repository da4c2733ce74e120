package org.peacedirectory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderation.ModerationAction;
import org.peacedirectory.moderation.ModerationLog;
import org.peacedirectory.moderation.ModerationLog.Target;
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
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the search index when it has to be built: at start when it is missing, was made by another
 * version of the mapping, or does not hold as many organisations as are published (a lost or foreign
 * index), and when an admin asks. The mass indexer runs in the background with its progress in the log;
 * meanwhile search pages say that the index is being built. Everyday changes never come here: Hibernate
 * Search indexes each published change at its commit.
 */
@Component
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    /**
     * The version of the mapping and analysis: change it with them, and an existing index is rebuilt at
     * the next start (a Lucene index carries no schema to check).
     */
    static final String MAPPING_VERSION = "1";
    private static final String MARKER = "peace-directory-mapping-version";

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SearchIndexDirectory directory;
    private final boolean inBackground;
    private final ModerationLog moderationLog;
    private final AtomicBoolean building = new AtomicBoolean();

    SearchIndexing(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
            PlatformTransactionManager transactions, JdbcClient jdbc, ApplicationEventPublisher events,
            SearchIndexDirectory directory, ModerationLog moderationLog,
            @Value("${directory.search.rebuild-in-background:true}") boolean inBackground) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.events = events;
        this.directory = directory;
        this.inBackground = inBackground;
        this.moderationLog = moderationLog;
    }

    /** Whether the index is being built (searches then answer from what it holds so far). */
    public boolean isBuilding() {
        return building.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfNeeded() {
        String why = reasonToBuild();
        if (why != null) {
            log.info("Search index to be built: {}", why);
            rebuild();
        } else {
            log.info("Search index ready: {} organisations", indexedCount());
        }
    }

    /** An admin's rebuild, recorded in the moderation log when it starts. */
    @Transactional
    public boolean rebuildFor(ModeratorPrincipal admin) {
        if (admin == null || !admin.isAdmin()) {
            throw new AccessDeniedException("Only admins rebuild the search index");
        }
        boolean started = rebuild();
        if (started) {
            moderationLog.record(admin, ModerationAction.SEARCH_INDEX_REBUILT, new Target(null, null, null, null));
        }
        return started;
    }

    /**
     * Starts a full rebuild unless one is running: every published organisation indexed again by the mass
     * indexer. Returns whether it started.
     */
    public boolean rebuild() {
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        CompletableFuture<?> done;
        try {
            forgetMappingVersion();
            long published = publishedCount();
            MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Organisation.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100)
                    .monitor(new MassIndexingProgress(published));
            indexer.type(Organisation.class).reindexOnly("e.publicationStatus = :published")
                    .param("published", PublicationStatus.PUBLISHED);
            done = indexer.start().toCompletableFuture();
        } catch (RuntimeException failure) {
            building.set(false);
            throw failure;
        }
        done.whenComplete((result, failure) -> {
            if (failure == null) {
                rememberMappingVersion();
            } else {
                log.error("Search index build failed; an admin may start it again", failure);
            }
            building.set(false);
            // Counts remembered while it was building are forgotten (see PublicDataCaches).
            events.publishEvent(new PublishedProfileChanged(0));
        });
        if (!inBackground) {
            done.join(); // tests: the context starts with its index built
        }
        return true;
    }

    /** Why the index must be built before it can answer, or null when it is complete and current. */
    String reasonToBuild() {
        String version = mappingVersion();
        if (version == null) {
            return "no index in " + directory.path();
        }
        if (!MAPPING_VERSION.equals(version)) {
            return "made by mapping version " + version + ", this one is " + MAPPING_VERSION;
        }
        long indexed = indexedCount();
        long published = publishedCount();
        if (indexed != published) {
            return indexed + " organisations indexed, " + published + " published";
        }
        return null;
    }

    private long indexedCount() {
        return readOnly.execute(status -> Search.session(entityManager).search(Organisation.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
    }

    private long publishedCount() {
        return jdbc.sql("select count(*) from organisation where publication_status = 'PUBLISHED'")
                .query(Long.class).single();
    }

    private String mappingVersion() {
        Path marker = directory.path().resolve(MARKER);
        try {
            return Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void rememberMappingVersion() {
        try {
            Files.writeString(directory.path().resolve(MARKER), MAPPING_VERSION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build that stops half-way (the app killed) leaves no marker, so the next start builds again. */
    private void forgetMappingVersion() {
        try {
            Files.deleteIfExists(directory.path().resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
