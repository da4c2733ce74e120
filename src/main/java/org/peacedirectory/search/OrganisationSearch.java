package org.peacedirectory.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacedirectory.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds published organisations in plain SQL over the columns refresh_organisation_search() keeps:
 * full-text search (accents and case ignored, word prefixes) over names, summaries, descriptions and
 * activities, trigram similarity on names and acronyms for typos, and array filters for the facets.
 * Every condition is backed by an index (see V6__search.sql and docs/performance.md).
 */
@Component
class OrganisationSearch {

    /** The facets, each counted with every filter but its own. */
    enum Facet {
        COUNTRY, THEME, VERIFICATION, LEVEL, ACTIVE_SINCE
    }

    /** One page of matching ids, in order, with the total and the facet counts. */
    record Result(List<Long> ids, long total, Map<Facet, Map<String, Long>> facets) {
    }

    static final List<Integer> ACTIVE_SINCE_CHOICES = List.of(2020, 2015, 2010, 2005, 2000);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    OrganisationSearch(JdbcClient jdbc, @Value("${directory.search.browse-counts-lifetime}") Duration countsLifetime) {
        this.jdbc = jdbc;
        this.browsingCounts = new ShortLivedCache<>(countsLifetime, 500,
                query -> new SearchQuery(null, query.countries(), query.themes(), query.verified(), query.levels(),
                        query.activeSince(), SearchQuery.Sort.NAME, 1));
    }

    /**
     * Two statements whatever the query: one page of ids with the total, then every facet's counts
     * from the matching rows, found once (the text condition is the costly part) and filtered in memory.
     */
    Result search(SearchQuery query, int pageSize) {
        Conditions all = conditions(query);
        List<Long> ids = jdbc.sql("select o.id from organisation o where " + all.sql + " order by " + order(query)
                        + " limit :limit offset :offset")
                .params(all.params)
                .param("limit", pageSize)
                .param("offset", (query.page() - 1) * pageSize)
                .query(Long.class)
                .list();
        Counts counts = query.text() == null ? browsingCounts.get(query, this::counts) : counts(query);
        return new Result(ids, counts.total(), counts.facets());
    }

    /** The total and the facets of a query: the same for every page and every sort. */
    private record Counts(long total, Map<Facet, Map<String, Long>> facets) {
    }

    /**
     * Browsing without words counts facets over most of the table; those counts change only when a
     * profile does, so they are kept for a short while.
     */
    private final ShortLivedCache<SearchQuery, Counts> browsingCounts;

    private Counts counts(SearchQuery query) {
        Conditions matching = conditions(query, Facet.values());
        Map<String, Object> params = new LinkedHashMap<>(matching.params);
        long[] total = new long[1];
        Map<Facet, Map<String, Long>> facets = facets(query, matching, params, total);
        return new Counts(total[0], facets);
    }

    private Map<Facet, Map<String, Long>> facets(SearchQuery query, Conditions matching, Map<String, Object> params,
            long[] total) {
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet, new LinkedHashMap<>());
        }
        StringBuilder since = new StringBuilder();
        for (int year : ACTIVE_SINCE_CHOICES) {
            since.append(since.isEmpty() ? "" : ", ").append(year);
        }
        String sql = "with m as materialized (select o.country_codes, o.theme_slugs, o.activity_levels,"
                + " o.verification_status, o.last_activity_year from organisation o where " + matching.sql + ")\n"
                + "select 'COUNTRY' as facet, v as value, count(*) as n from m, unnest(m.country_codes) v where "
                + facetFilters(query, Facet.COUNTRY, params) + " group by v\n"
                + "union all select 'THEME', v, count(*) from m, unnest(m.theme_slugs) v where "
                + facetFilters(query, Facet.THEME, params) + " group by v\n"
                + "union all select 'LEVEL', v, count(*) from m, unnest(m.activity_levels) v where "
                + facetFilters(query, Facet.LEVEL, params) + " group by v\n"
                + "union all select 'VERIFICATION', m.verification_status, count(*) from m where "
                + facetFilters(query, Facet.VERIFICATION, params) + " group by m.verification_status\n"
                + "union all select 'ACTIVE_SINCE', y::text, count(*) from m, unnest(array[" + since + "]) y where "
                + "m.last_activity_year >= y and " + facetFilters(query, Facet.ACTIVE_SINCE, params) + " group by y\n"
                + "union all select 'TOTAL', null, count(*) from m where " + facetFilters(query, null, params);
        jdbc.sql(sql).params(params)
                .query((row, number) -> {
                    if (row.getString("facet").equals("TOTAL")) {
                        total[0] = row.getLong("n");
                    } else {
                        facets.get(Facet.valueOf(row.getString("facet"))).put(row.getString("value"), row.getLong("n"));
                    }
                    return null;
                })
                .list();
        facets.replaceAll((facet, counts) -> sorted(counts));
        return facets;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /** The filters of every facet but one, on the rows of the CTE {@code m}. */
    private static String facetFilters(SearchQuery query, Facet counted, Map<String, Object> params) {
        List<String> filters = new ArrayList<>();
        filters.add("true");
        if (!query.countries().isEmpty() && counted != Facet.COUNTRY) {
            filters.add("m.country_codes && cast(:countries as text[])");
            params.put("countries", query.countries().toArray(String[]::new));
        }
        if (!query.themes().isEmpty() && counted != Facet.THEME) {
            filters.add("m.theme_slugs && cast(:themes as text[])");
            params.put("themes", query.themes().toArray(String[]::new));
        }
        if (!query.levels().isEmpty() && counted != Facet.LEVEL) {
            filters.add("m.activity_levels && cast(:levels as text[])");
            params.put("levels", query.levels().toArray(String[]::new));
        }
        if (query.verified() != null && counted != Facet.VERIFICATION) {
            filters.add("m.verification_status = :verification");
            params.put("verification", query.verified() ? "VERIFIED" : "NOT_VERIFIED");
        }
        if (query.activeSince() != null && counted != Facet.ACTIVE_SINCE) {
            filters.add("m.last_activity_year >= :since");
            params.put("since", query.activeSince());
        }
        return String.join(" and ", filters);
    }

    /** The published name closest to what was typed, for "did you mean". */
    String nearestName(String text) {
        return jdbc.sql("""
                select o.name from organisation o
                where o.publication_status = 'PUBLISHED'
                  and (o.name_search % search_text(:q) or search_text(:q) <% o.name_search)
                order by greatest(similarity(o.name_search, search_text(:q)),
                                  word_similarity(search_text(:q), o.name_search)) desc, o.id limit 1""")
                .param("q", text).query(String.class).optional().orElse(null);
    }

    /** The WHERE clause of a query, leaving out the filters of the given facets. */
    private static Conditions conditions(SearchQuery query, Facet... without) {
        List<Facet> except = List.of(without);
        Conditions conditions = new Conditions();
        conditions.add("o.publication_status = 'PUBLISHED'", null, null);
        if (query.text() != null) {
            if (isOneWord(query.text())) {
                // A single word may be a misspelt name or acronym ("conasipal"): trigrams find it.
                conditions.add("""
                        (o.search_document @@ to_tsquery('simple', search_text(:words))
                         or search_text(:q) <% o.name_search)""", "q", query.text());
            } else {
                conditions.add("o.search_document @@ to_tsquery('simple', search_text(:words))", "q", query.text());
            }
            conditions.params.put("words", prefixQuery(query.text()));
        }
        if (!query.countries().isEmpty() && !except.contains(Facet.COUNTRY)) {
            conditions.add("o.country_codes && cast(:countries as text[])", "countries", query.countries().toArray(String[]::new));
        }
        if (!query.themes().isEmpty() && !except.contains(Facet.THEME)) {
            conditions.add("o.theme_slugs && cast(:themes as text[])", "themes", query.themes().toArray(String[]::new));
        }
        if (!query.levels().isEmpty() && !except.contains(Facet.LEVEL)) {
            conditions.add("o.activity_levels && cast(:levels as text[])", "levels", query.levels().toArray(String[]::new));
        }
        if (query.verified() != null && !except.contains(Facet.VERIFICATION)) {
            conditions.add("o.verification_status = :verification", "verification",
                    query.verified() ? "VERIFIED" : "NOT_VERIFIED");
        }
        if (query.activeSince() != null && !except.contains(Facet.ACTIVE_SINCE)) {
            conditions.add("o.last_activity_year >= :since", "since", query.activeSince());
        }
        return conditions;
    }

    private static String order(SearchQuery query) {
        return switch (query.sort()) {
            // Name and acronym words weigh most in the document (weight A); near misses on names come
            // after exact words, alphabetically. Ranking stays one cheap function per matching row.
            case RELEVANCE -> "ts_rank(o.search_document, to_tsquery('simple', search_text(:words))) desc,"
                    + " o.name_sort, o.id";
            case NAME -> "o.name_sort, o.id";
            case UPDATED -> "o.updated_at desc, o.id";
        };
    }

    private static boolean isOneWord(String text) {
        Matcher matcher = WORD.matcher(text);
        return matcher.find() && !matcher.find();
    }

    /** "societe civile" → "societe:* & civile:*": every word, as a prefix; nothing else gets through. */
    static String prefixQuery(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group() + ":*");
        }
        return words.isEmpty() ? "''" : String.join(" & ", words);
    }

    /** SQL conditions joined by AND, with their named parameters. */
    private static final class Conditions {
        final Map<String, Object> params = new LinkedHashMap<>();
        private final List<String> parts = new ArrayList<>();
        String sql = "";

        void add(String condition, String name, Object value) {
            parts.add(condition);
            if (name != null) {
                params.put(name, value);
            }
            sql = String.join(" and ", parts);
        }
    }
}
