package org.peacedirectory.organisation;

import org.peacedirectory.system.PublishedDataCaches;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A published profile changed: the caches of data derived from published profiles forget everything once
 * the change is committed (or at once, outside a transaction), so that an approval shows at once.
 */
@Component
class CachesForgottenOnPublish {

    private final PublishedDataCaches caches;

    CachesForgottenOnPublish(PublishedDataCaches caches) {
        this.caches = caches;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublishedProfileChanged change) {
        caches.forgetAll();
    }
}
