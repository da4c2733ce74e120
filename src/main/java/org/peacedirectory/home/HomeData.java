package org.peacedirectory.home;

import java.util.Locale;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.stereotype.Component;

/**
 * What the home page shows from published profiles: the counts (over every published profile) and the
 * profiles published and updated last. They change only on publish, so each is kept until then.
 */
@Component
class HomeData {

    static final int RECENT = 5;

    private final OrganisationDirectory directory;

    HomeData(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @CachedUntilPublish(PublishedDataCaches.HOME)
    OrganisationDirectory.PublishedCounts counts() {
        return directory.countPublished();
    }

    @CachedUntilPublish(PublishedDataCaches.HOME)
    OrganisationDirectory.Recent recent(Locale reader) {
        return directory.recent(RECENT, reader);
    }
}
