package org.peacedirectory.taxonomy;

import java.util.HashMap;
import java.util.Map;

import org.peacedirectory.organisation.PublicDataCaches;
import org.peacedirectory.system.ShortLivedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many published organisations each country (based or working there) and each theme has. */
@Component
class TaxonomyCounts {

    private final JdbcClient jdbc;
    /** Counting runs over every profile; counts change only when a profile does, so keep them briefly. */
    private final ShortLivedCache<String, Map<String, Long>> cache;

    TaxonomyCounts(JdbcClient jdbc, PublicDataCaches caches) {
        this.jdbc = jdbc;
        this.cache = caches.create(10);
    }

    Map<String, Long> byCountry() {
        return cache.get("country_codes", this::count);
    }

    Map<String, Long> byTheme() {
        return cache.get("theme_slugs", this::count);
    }

    private Map<String, Long> count(String column) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select v, count(*) as n from organisation o, unnest(o." + column + ") v "
                        + "where o.publication_status = 'PUBLISHED' group by v")
                .query((row, number) -> counts.put(row.getString("v"), row.getLong("n"))).list();
        return counts;
    }
}
