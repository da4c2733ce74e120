package org.peacedirectory.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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
    /** What the facets count, as the statements select it. */
    private static final String FACET_COLUMNS =
            "o.country_codes, o.theme_slugs, o.activity_levels, o.verification_status, o.last_activity_year";

    private final JdbcClient jdbc;
    /** Whole results by query (words, filters, sort, page): most searches are asked again and again. */
    private final ShortLivedCache<SearchQuery, Result> results;
    /**
     * Browsing without words counts facets over most of the table; those counts are the same for every
     * page and sort, so they are kept apart from the pages.
     */
    private final ShortLivedCache<SearchQuery, Counts> browsingCounts;
    private final ShortLivedCache<String, Optional<String>> suggestions;

    OrganisationSearch(JdbcClient jdbc, @Value("${directory.search.cache-lifetime}") Duration cacheLifetime) {
        this.jdbc = jdbc;
        this.results = new ShortLivedCache<>(cacheLifetime, 2000, query -> query);
        this.browsingCounts = new ShortLivedCache<>(cacheLifetime, 500,
                query -> new SearchQuery(null, query.countries(), query.themes(), query.verified(), query.levels(),
                        query.activeSince(), SearchQuery.Sort.NAME, 1));
        this.suggestions = new ShortLivedCache<>(cacheLifetime, 2000, text -> text);
    }

    /** A profile changed: every remembered result may be wrong now. */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(PublishedProfileChanged change) {
        results.clear();
        browsingCounts.clear();
        suggestions.clear();
    }

    Result search(SearchQuery query, int pageSize) {
        return results.get(query, asked -> asked.text() == null ? browse(asked, pageSize) : find(asked, pageSize));
    }

    /** Without words: a page in index order, and the counts of these filters (the same for every page). */
    private Result browse(SearchQuery query, int pageSize) {
        Conditions all = conditions(query);
        List<Long> ids = jdbc.sql("select o.id from organisation o where " + all.sql + " order by " + order(query)
                        + " limit :limit offset :offset")
                .params(all.params)
                .param("limit", pageSize)
                .param("offset", (query.page() - 1) * pageSize)
                .query(Long.class)
                .list();
        Counts counts = browsingCounts.get(query, this::counts);
        return new Result(ids, counts.total(), counts.facets());
    }

    /** The total and the facets of a query: the same for every page and every sort. */
    private record Counts(long total, Map<Facet, Map<String, Long>> facets) {
    }

    private Counts counts(SearchQuery query) {
        Conditions matching = conditions(query, Facet.values());
        Map<String, Object> params = new LinkedHashMap<>(matching.params);
        Map<Facet, Map<String, Long>> facets = emptyFacets();
        long[] total = new long[1];
        jdbc.sql("with m as materialized (select " + FACET_COLUMNS + " from organisation o where " + matching.sql
                        + ")\n" + facetCounts(query, params))
                .params(params)
                .query((ResultSet row) -> collect(row, facets, total, null));
        return new Counts(total[0], mostFirst(facets));
    }

    /**
     * With words, one statement: the rows matching the words are found once (the costly part), then
     * ranked and filtered for the page, and counted for every facet.
     */
    private Result find(SearchQuery query, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("words", prefixQuery(query.text()));
        params.put("q", query.text());
        params.put("limit", pageSize);
        params.put("offset", (query.page() - 1) * pageSize);
        boolean relevance = query.sort() == SearchQuery.Sort.RELEVANCE;
        String order = switch (query.sort()) {
            case RELEVANCE -> "m.rank desc, m.name_sort, m.id";
            case NAME -> "m.name_sort, m.id";
            case UPDATED -> "m.updated_at desc, m.id";
        };
        Map<Facet, Map<String, Long>> facets = emptyFacets();
        long[] total = new long[1];
        Map<Long, Long> page = new TreeMap<>();
        jdbc.sql("with exact as materialized (select o.id, o.name_sort, o.updated_at, "
                        + (relevance ? "ts_rank(o.search_document, to_tsquery('simple', search_text(:words)))" : "0")
                        + " as rank, " + FACET_COLUMNS + " from organisation o where " + PUBLISHED_WITH_WORDS + "),\n"
                        + "m as materialized (select * from exact"
                        + (isOneWord(query.text()) ? " union all " + NEAR_NAMES : "") + "),\n"
                        + "page as (select m.id, row_number() over (order by " + order + ") as position from m where "
                        + facetFilters(query, null, params) + " order by " + order
                        + " limit :limit offset :offset)\n"
                        + "select 'PAGE' as facet, id::text as value, position as n from page\n"
                        + "union all " + facetCounts(query, params))
                .params(params)
                .query((ResultSet row) -> collect(row, facets, total, page));
        List<Long> ids = new ArrayList<>();
        page.forEach((position, id) -> ids.add(id));
        return new Result(ids, total[0], mostFirst(facets));
    }

    private static final String PUBLISHED_WITH_WORDS =
            "o.publication_status = 'PUBLISHED' and o.search_document @@ to_tsquery('simple', search_text(:words))";

    /**
     * A single word may be a misspelt name or acronym ("conasipal"): when the word itself finds fewer
     * organisations than a page, names that contain a word close to it (trigram word similarity) come
     * after them, the closest first. Comparing trigrams is the costly part, so a word that already finds
     * plenty skips it (the subquery is evaluated once, before the scan).
     */
    private static final String NEAR_NAMES = "select o.id, o.name_sort, o.updated_at,"
            + " word_similarity(search_text(:q), o.name_search) - 1 as rank, " + FACET_COLUMNS
            + " from organisation o where (select count(*) from exact) < :limit"
            + " and o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search"
            + " and not o.search_document @@ to_tsquery('simple', search_text(:words))";

    /** Counts of every facet over the rows of the CTE {@code m}, each with every filter but its own. */
    private static String facetCounts(SearchQuery query, Map<String, Object> params) {
        // unnest() in the select list streams each array; in FROM it would build a table per row, which
        // costs three times as much.
        StringBuilder years = new StringBuilder();
        StringBuilder since = new StringBuilder();
        for (int year : ACTIVE_SINCE_CHOICES) {
            years.append(years.isEmpty() ? "" : ", ").append('\'').append(year).append('\'');
            since.append(since.isEmpty() ? "" : ", ").append("count(*) filter (where m.last_activity_year >= ")
                    .append(year).append(')');
        }
        return "select 'COUNTRY' as facet, v as value, count(*) as n from (select unnest(m.country_codes) v from m where "
                + facetFilters(query, Facet.COUNTRY, params) + ") c group by v\n"
                + "union all select 'THEME', v, count(*) from (select unnest(m.theme_slugs) v from m where "
                + facetFilters(query, Facet.THEME, params) + ") t group by v\n"
                + "union all select 'LEVEL', v, count(*) from (select unnest(m.activity_levels) v from m where "
                + facetFilters(query, Facet.LEVEL, params) + ") l group by v\n"
                + "union all select 'VERIFICATION', m.verification_status, count(*) from m where "
                + facetFilters(query, Facet.VERIFICATION, params) + " group by m.verification_status\n"
                + "union all select 'ACTIVE_SINCE', unnest(array[" + years + "]), unnest(array[" + since
                + "]) from m where " + facetFilters(query, Facet.ACTIVE_SINCE, params) + "\n"
                + "union all select 'TOTAL', null, count(*) from m where " + facetFilters(query, null, params);
    }

    private static void collect(ResultSet row, Map<Facet, Map<String, Long>> facets, long[] total,
            Map<Long, Long> page) throws SQLException {
        switch (row.getString("facet")) {
            case "TOTAL" -> total[0] = row.getLong("n");
            case "PAGE" -> page.put(row.getLong("n"), Long.valueOf(row.getString("value")));
            default -> facets.get(Facet.valueOf(row.getString("facet"))).put(row.getString("value"), row.getLong("n"));
        }
    }

    private static Map<Facet, Map<String, Long>> emptyFacets() {
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet, new LinkedHashMap<>());
        }
        return facets;
    }

    /** Each facet's values, most organisations first. */
    private static Map<Facet, Map<String, Long>> mostFirst(Map<Facet, Map<String, Long>> facets) {
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

    /**
     * The published name closest to what was typed, for "did you mean": names that contain a word close
     * to the words typed (trigram word similarity, through the name index), the closest first.
     */
    String nearestName(String text) {
        return suggestions.get(text, typed -> jdbc.sql("""
                select o.name from organisation o
                where o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search
                order by word_similarity(search_text(:q), o.name_search) desc,
                         similarity(search_text(:q), o.name_search) desc, o.id
                limit 1""")
                .param("q", typed).query(String.class).optional()).orElse(null);
    }

    /** The WHERE clause of a list without words, leaving out the filters of the given facets. */
    private static Conditions conditions(SearchQuery query, Facet... without) {
        List<Facet> except = List.of(without);
        Conditions conditions = new Conditions();
        conditions.add("o.publication_status = 'PUBLISHED'", null, null);
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

    /** The order of a list without words (relevance needs words, see SearchQuery). */
    private static String order(SearchQuery query) {
        return query.sort() == SearchQuery.Sort.UPDATED ? "o.updated_at desc, o.id" : "o.name_sort, o.id";
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
