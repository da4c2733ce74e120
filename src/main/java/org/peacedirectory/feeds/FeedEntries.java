package org.peacedirectory.feeds;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ListedOrganisation;
import org.peacedirectory.organisation.ListedOrganisations;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profiles a feed holds: the newest {@link #SIZE} published ones of its scope, in its order. */
@Component
class FeedEntries {

    /** Entries per feed: what a reader polling daily or weekly needs, and a bound on every request's work. */
    static final int SIZE = 50;

    private final JdbcClient jdbc;
    private final ListedOrganisations organisations;

    FeedEntries(JdbcClient jdbc, ListedOrganisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    List<ListedOrganisation> of(Feed feed, Locale reader) {
        // country_codes and theme_slugs (kept by V6 and V11) hold the countries where an organisation is
        // based or works and its themes, as the country and theme pages count them.
        @Nullable Country place = feed.country();
        @Nullable Theme topic = feed.theme();
        @Nullable String country = place == null ? null : place.getCode();
        @Nullable String theme = topic == null ? null : topic.getSlug();
        // Profiles kept out of search engines or of the open data are left out (their safety settings).
        List<Long> ids = jdbc.sql("select id from organisation where publication_status = 'PUBLISHED'"
                        + " and not kept_from_search_engines and not kept_from_open_data"
                        + " and (cast(:country as text) is null or :country = any(country_codes))"
                        + " and (cast(:theme as text) is null or :theme = any(theme_slugs))"
                        + " order by " + feed.order().column + " desc, id desc limit :size")
                .param("country", country)
                .param("theme", theme)
                .param("size", SIZE)
                .query(Long.class)
                .list();
        return organisations.inOrder(ids, reader);
    }
}
