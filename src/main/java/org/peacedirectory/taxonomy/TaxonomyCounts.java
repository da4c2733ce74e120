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

    /**
     * For each country, the other countries of its organisations (where they are also based or work), with
     * how many organisations each: what a country's map shows. One query over every profile, kept until the
     * next publish like the counts.
     */
    @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
    Map<String, Map<String, Long>> together() {
        Map<String, Map<String, Long>> together = new HashMap<>();
        jdbc.sql("select here, there, count(*) as n from organisation o, unnest(o.country_codes) here, "
                        + "unnest(o.country_codes) there where o.publication_status = 'PUBLISHED' and here <> there "
                        + "group by here, there")
                .query((row, number) -> {
                    String here = row.getString("here");
                    String there = row.getString("there");
                    if (here != null && there != null) {
                        together.computeIfAbsent(here, code -> new HashMap<>()).put(there, row.getLong("n"));
                    }
                    return null;
                })
                .list();
        Map<String, Map<String, Long>> kept = new HashMap<>();
        together.forEach((here, others) -> kept.put(here, Map.copyOf(others)));
        return Map.copyOf(kept);
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
