package org.peacedirectory.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the search index holds what it should: made by this mapping version (from its marker), with
 * as many organisations as are published.
 */
final class IndexCompleteness {

    private final SearchIndexMarker marker;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    IndexCompleteness(
            SearchIndexMarker marker,
            JdbcClient jdbc,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.marker = marker;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Why the index must be built before it can answer, or null when it is complete and current. */
    @Nullable
    String reasonToBuild() {
        String version = marker.mappingVersion();
        if (version == null) {
            return marker.description();
        }
        if (!SearchIndexing.MAPPING_VERSION.equals(version)) {
            return "made by mapping version " + version + ", this one is " + SearchIndexing.MAPPING_VERSION;
        }
        long indexed = indexedCount();
        long published = jdbc.sql("select count(*) from organisation where publication_status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        if (indexed != published) {
            return indexed + " organisations indexed, " + published + " published";
        }
        return null;
    }

    long indexedCount() {
        return readOnly.execute(status -> Search.session(entityManager)
                .search(Organisation.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }
}
