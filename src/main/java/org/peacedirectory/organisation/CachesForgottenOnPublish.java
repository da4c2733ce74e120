package org.peacedirectory.organisation;

import org.peacedirectory.system.AfterCommit;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A published profile changed: the caches of data derived from published profiles forget everything once
 * the change is committed (or at once, outside a transaction), so that an approval shows at once. Heard
 * synchronously, on the thread that commits, so that the moderator's next request already sees the change
 * on this instance; not through the event publication registry: the caches live in this process's memory,
 * a crash empties them, so there is nothing to resume (see {@link AfterCommit}).
 */
@Component
class CachesForgottenOnPublish {

    private final PublishedDataCaches caches;

    CachesForgottenOnPublish(PublishedDataCaches caches) {
        this.caches = caches;
    }

    @EventListener
    void forget(PublishedProfileChanged change) {
        AfterCommit.run(caches::forgetAll);
    }
}
