package org.peacedirectory.organisation;

import org.peacedirectory.system.PublishedChanges;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A published profile changed: every instance is told through PostgreSQL, in the transaction that makes the
 * change (so only once it commits), and forgets its caches of data derived from published profiles; this
 * instance forgets its own right after the commit (or at once, outside a transaction), on the thread that
 * commits, so that the moderator's next request already sees the change. Heard synchronously, inside the
 * transaction; not through the event publication registry: the caches live in each process's memory, a
 * crash empties them, so there is nothing to resume (see {@link PublishedChanges}).
 */
@Component
class CachesForgottenOnPublish {

    private final PublishedChanges changes;

    CachesForgottenOnPublish(PublishedChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void forget(PublishedProfileChanged change) {
        changes.published(change.organisationId());
    }
}
