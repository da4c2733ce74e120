package org.peacedirectory.home;

import java.util.Locale;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.stereotype.Component;

/**
 * The profiles the home page shows as published and updated last. They change only on publish, so they are
 * kept until then. (Its counts are {@code TaxonomyCounts}', shared with its map and /countries.)
 */
@Component
class HomeData {

    static final int RECENT = 5;

    private final OrganisationDirectory directory;

    HomeData(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @CachedUntilPublish(PublishedDataCaches.HOME)
    OrganisationDirectory.Recent recent(Locale reader) {
        return directory.recent(RECENT, reader);
    }
}
