package org.peacedirectory.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.system.PublishedChangeHeard;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the local Lucene index, an organisation changed through another instance (heard through PostgreSQL,
 * {@link PublishedChangeHeard}) is indexed here too: Hibernate Search indexes at the commit only the
 * changes made through its own instance, and each instance has an index of its own. The organisation is read
 * again and written to the index (removed if no longer published: the routing bridge), then the caches are
 * forgotten once more, since a search between the notification and this write found the index as it was.
 * With a search cluster the index is shared and kept by the outbox ({@link CachesAfterIndexing} waits for
 * it); a change of the instance's own was indexed at its commit. A change this instance did not hear (its
 * listener disconnected) stays out of its local index until a rebuild: several instances are meant to
 * share a cluster.
 */
@Component
class ChangesFromOtherInstances {

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final SearchIndexing indexing;
    private final PublishedDataCaches caches;

    ChangesFromOtherInstances(
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            SearchIndexing indexing,
            PublishedDataCaches caches) {
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactions);
        this.indexing = indexing;
        this.caches = caches;
    }

    @EventListener
    void heard(PublishedChangeHeard change) {
        if (indexing.isShared() || !change.elsewhere() || change.organisationId() == 0) {
            return;
        }
        transactions.executeWithoutResult(transaction -> {
            Organisation organisation = entityManager.find(Organisation.class, change.organisationId());
            if (organisation != null) {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                plan.addOrUpdate(organisation); // written when the transaction commits
            }
        });
        caches.forgetAll();
    }
}
