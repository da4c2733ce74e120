package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    OrganisationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Result search(SearchQuery query, int pageSize) {
        Conditions all = conditions(query, null);
        List<Long> ids = jdbc.sql("select o.id from organisation o where " + all.sql + " order by " + order(query)
                        + " limit :limit offset :offset")
                .params(all.params)
                .param("limit", pageSize)
                .param("offset", (query.page() - 1) * pageSize)
                .query(Long.class).list();
        long total = jdbc.sql("select count(*) from organisation o where " + all.sql).params(all.params)
                .query(Long.class).single();
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(Facet.COUNTRY, countArray(query, Facet.COUNTRY, "country_codes"));
        facets.put(Facet.THEME, countArray(query, Facet.THEME, "theme_slugs"));
        facets.put(Facet.LEVEL, countArray(query, Facet.LEVEL, "activity_levels"));
        facets.put(Facet.VERIFICATION, countVerification(query));
        facets.put(Facet.ACTIVE_SINCE, countActiveSince(query));
        return new Result(ids, total, facets);
    }

    /** The published name closest to what was typed, for "did you mean". */
    String nearestName(String text) {
        return jdbc.sql("""
                select o.name from organisation o
                where o.publication_status = 'PUBLISHED' and o.name_search % search_text(:q)
                order by similarity(o.name_search, search_text(:q)) desc, o.id limit 1""")
                .param("q", text).query(String.class).optional().orElse(null);
    }

    private Map<String, Long> countArray(SearchQuery query, Facet facet, String column) {
        Conditions others = conditions(query, facet);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select v, count(*) as n from organisation o, unnest(o." + column + ") v where " + others.sql
                        + " group by v order by n desc, v")
                .params(others.params)
                .query((row, number) -> counts.put(row.getString("v"), row.getLong("n")))
                .list();
        return counts;
    }

    private Map<String, Long> countVerification(SearchQuery query) {
        Conditions others = conditions(query, Facet.VERIFICATION);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select o.verification_status as v, count(*) as n from organisation o where " + others.sql
                        + " group by o.verification_status")
                .params(others.params)
                .query((row, number) -> counts.put(row.getString("v"), row.getLong("n")))
                .list();
        return counts;
    }

    private Map<String, Long> countActiveSince(SearchQuery query) {
        Conditions others = conditions(query, Facet.ACTIVE_SINCE);
        StringBuilder columns = new StringBuilder();
        for (int year : ACTIVE_SINCE_CHOICES) {
            columns.append(columns.isEmpty() ? "" : ", ")
                    .append("count(*) filter (where o.last_activity_year >= ").append(year).append(") as y")
                    .append(year);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + columns + " from organisation o where " + others.sql).params(others.params)
                .query((row, number) -> {
                    for (int year : ACTIVE_SINCE_CHOICES) {
                        counts.put(Integer.toString(year), row.getLong("y" + year));
                    }
                    return counts;
                }).single();
        return counts;
    }

    /** The WHERE clause of a query, leaving out one facet's own filter when counting that facet. */
    private static Conditions conditions(SearchQuery query, Facet except) {
        Conditions conditions = new Conditions();
        conditions.add("o.publication_status = 'PUBLISHED'", null, null);
        if (query.text() != null) {
            conditions.add("""
                    (o.search_document @@ to_tsquery('simple', search_text(:words))
                     or o.name_search % search_text(:q) or search_text(:q) <% o.name_search)""", "q", query.text());
            conditions.params.put("words", prefixQuery(query.text()));
        }
        if (!query.countries().isEmpty() && except != Facet.COUNTRY) {
            conditions.add("o.country_codes && cast(:countries as text[])", "countries", query.countries().toArray(String[]::new));
        }
        if (!query.themes().isEmpty() && except != Facet.THEME) {
            conditions.add("o.theme_slugs && cast(:themes as text[])", "themes", query.themes().toArray(String[]::new));
        }
        if (!query.levels().isEmpty() && except != Facet.LEVEL) {
            conditions.add("o.activity_levels && cast(:levels as text[])", "levels", query.levels().toArray(String[]::new));
        }
        if (query.verified() != null && except != Facet.VERIFICATION) {
            conditions.add("o.verification_status = :verification", "verification",
                    query.verified() ? "VERIFIED" : "NOT_VERIFIED");
        }
        if (query.activeSince() != null && except != Facet.ACTIVE_SINCE) {
            conditions.add("o.last_activity_year >= :since", "since", query.activeSince());
        }
        return conditions;
    }

    private static String order(SearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> """
                    ts_rank_cd(o.search_document, to_tsquery('simple', search_text(:words)))
                    + 2 * greatest(similarity(o.name_search, search_text(:q)),
                                   word_similarity(search_text(:q), o.name_search)) desc, o.name_sort, o.id""";
            case NAME -> "o.name_sort, o.id";
            case UPDATED -> "o.updated_at desc, o.id";
        };
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
