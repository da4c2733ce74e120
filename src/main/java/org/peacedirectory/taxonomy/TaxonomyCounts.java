package org.peacedirectory.taxonomy;

import java.util.HashMap;
import java.util.Map;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many published organisations each country (based or working there) and each theme has. Counting
 * runs over every profile and the counts change only when a profile does: kept until the next publish.
 */
@Component
class TaxonomyCounts {

    private final JdbcClient jdbc;

    TaxonomyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
    Map<String, Long> byCountry() {
        return count("country_codes");
    }

    @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
    Map<String, Long> byTheme() {
        return count("theme_slugs");
    }

    private Map<String, Long> count(String column) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select v, count(*) as n from organisation o, unnest(o." + column + ") v "
                        + "where o.publication_status = 'PUBLISHED' group by v")
                .query((row, number) -> counts.put(row.getString("v"), row.getLong("n")))
                .list();
        return counts;
    }
}
