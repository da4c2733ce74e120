package org.peacedirectory.taxonomy;

import java.util.HashMap;
import java.util.Map;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many published organisations each country (based or working there) and each theme has, and, for the
 * home page, how many are published and in how many countries they are based. Counting runs over every
 * profile and the counts change only when a profile does: kept until the next publish.
 */
@Component
public class TaxonomyCounts {

    /**
     * How many organisations are published, in how many countries they are based, and how many are based or
     * work in each country (by its code): what the home page, its map and /countries show.
     */
    public record Published(long organisations, long countries, Map<String, Long> byCountry) {}

    private final JdbcClient jdbc;

    TaxonomyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In one statement: the two totals are sub-selects PostgreSQL runs once, repeated on each country's row. */
    @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
    public Published published() {
        Map<String, Long> byCountry = new HashMap<>();
        long[] totals = new long[2];
        jdbc.sql("""
                        select v, count(*) as n,
                               (select count(*) from organisation where publication_status = 'PUBLISHED')
                                   as organisations,
                               (select count(distinct country_code) from organisation
                                where publication_status = 'PUBLISHED') as countries
                        from organisation o, unnest(o.country_codes) v
                        where o.publication_status = 'PUBLISHED' group by v""")
                .query((row, number) -> {
                    byCountry.put(row.getString("v"), row.getLong("n"));
                    totals[0] = row.getLong("organisations");
                    totals[1] = row.getLong("countries");
                    return number;
                })
                .list();
        // No row: nothing is published (every profile has its base country among its country codes).
        return new Published(totals[0], totals[1], Map.copyOf(byCountry));
    }

    @CachedUntilPublish(PublishedDataCaches.TAXONOMY_COUNTS)
    Map<String, Long> byTheme() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select v, count(*) as n from organisation o, unnest(o.theme_slugs) v "
                        + "where o.publication_status = 'PUBLISHED' group by v")
                .query((row, number) -> counts.put(row.getString("v"), row.getLong("n")))
                .list();
        return counts;
    }
}
