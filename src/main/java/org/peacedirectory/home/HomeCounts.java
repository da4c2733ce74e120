package org.peacedirectory.home;

import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;

import org.springframework.stereotype.Component;

/** The home page's figures: each counts every published profile, so each is kept until the next publish. */
@Component
class HomeCounts {

    private final OrganisationDirectory directory;

    HomeCounts(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @CachedUntilPublish(PublishedDataCaches.HOME_COUNTS)
    long organisations() {
        return directory.countPublished();
    }

    @CachedUntilPublish(PublishedDataCaches.HOME_COUNTS)
    long countries() {
        return directory.countCountries();
    }
}
