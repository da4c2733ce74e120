package org.peacedirectory.search;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacedirectory.organisation.PublicDataCaches;
import org.peacedirectory.system.ShortLivedCache;

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

    /** The facets, each counted with every filter but its own, with the URL parameter of each. */
    enum Facet {
        COUNTRY("country"), THEME("theme"), VERIFICATION("verified"), LEVEL("level"), ACTIVE_SINCE("since");

        final String parameter;

        Facet(String parameter) {
            this.parameter = parameter;
        }
    }

    /**
     * A search as a page asks it: the query, and the facet the page is about (a country's page), or null.
     * That facet is not offered on its page, so it is counted only within the page's own value: counting
     * it over every organisation would take a pass over the whole table for nothing.
     */
    record Asked(SearchQuery query, Facet fixed) {
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
    private final ShortLivedCache<Asked, Result> results;
    /**
     * Browsing without words counts facets over most of the table; those counts are the same for every
     * page and sort, so they are kept apart from the pages.
     */
    private final ShortLivedCache<Asked, Counts> browsingCounts;
    private final ShortLivedCache<String, Optional<String>> suggestions;

    OrganisationSearch(JdbcClient jdbc, PublicDataCaches caches) {
        this.jdbc = jdbc;
        this.results = caches.create(1000, asked -> asked);
        this.browsingCounts = caches.create(500,
                asked -> new Asked(new SearchQuery(null, asked.query().countries(), asked.query().themes(),
                        asked.query().verified(), asked.query().levels(), asked.query().activeSince(),
                        SearchQuery.Sort.NAME, 1), asked.fixed()));
        this.suggestions = caches.create(2000, text -> text);
    }

    Result search(SearchQuery query, Facet fixed, int pageSize) {
        if (query.text() != null && !hasWord(query.text())) {
            return new Result(List.of(), 0, new FacetCounter(query).facets());
        }
        return results.get(new Asked(query, fixed),
                asked -> query.text() == null ? browse(asked, pageSize) : find(asked, pageSize));
    }

    /** Without words: a page in index order, and the counts of these filters (the same for every page). */
    private Result browse(Asked asked, int pageSize) {
        SearchQuery query = asked.query();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = "o.publication_status = 'PUBLISHED' and " + filters(query, ALL, "o", params);
        List<Long> ids = jdbc.sql("select o.id from organisation o where " + where + " order by " + order(query)
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", offset(query, pageSize))
                .query(Long.class)
                .list();
        Counts counts = browsingCounts.get(asked, this::counts);
        return new Result(ids, counts.total(), counts.facets());
    }

    /** The total and the facets of a query: the same for every page and every sort. */
    private record Counts(long total, Map<Facet, Map<String, Long>> facets) {
    }

    private Counts counts(Asked asked) {
        FacetCounter counter = new FacetCounter(asked.query());
        Map<String, Object> params = new LinkedHashMap<>();
        String withinPage = filters(asked.query(), fixed(asked), "o", params);
        jdbc.sql("select " + FacetCounter.COLUMN + " as facets from organisation o"
                        + " where o.publication_status = 'PUBLISHED' and " + withinPage)
                .params(params)
                .query((ResultSet row) -> counter.add(row.getString("facets")));
        return new Counts(counter.total(), counter.facets());
    }

    /**
     * With words, one statement: the rows matching the words are found once (the costly part), then
     * ranked and filtered for the page, and each match comes back as one short row for the facet counts.
     */
    private Result find(Asked asked, int pageSize) {
        SearchQuery query = asked.query();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query.text());
        params.put("limit", pageSize);
        params.put("offset", offset(query, pageSize));
        boolean relevance = query.sort() == SearchQuery.Sort.RELEVANCE;
        String order = switch (query.sort()) {
            case RELEVANCE -> "m.rank desc, m.name_sort, m.id";
            case NAME -> "m.name_sort, m.id";
            case UPDATED -> "m.updated_at desc, m.id";
        };
        FacetCounter counter = new FacetCounter(query);
        Map<Long, Long> page = new TreeMap<>();
        String withinPage = filters(query, fixed(asked), "o", params);
        jdbc.sql("with words as materialized (select search_query(:q) as query),\n"
                        + "exact as materialized (select o.id, o.name_sort, o.updated_at, "
                        + (relevance ? "ts_rank(o.search_document, " + TYPED + ")" : "0")
                        + " as rank, " + FACET_COLUMNS + ", " + FacetCounter.COLUMN + " as facets"
                        + " from organisation o where " + PUBLISHED_WITH_WORDS + " and " + withinPage + "),\n"
                        + "m as materialized (select * from exact"
                        + (isOneWord(query.text()) ? " union all " + NEAR_NAMES + " and " + withinPage : "") + "),\n"
                        + "page as (select m.id, row_number() over (order by " + order + ") as position from m where "
                        + filters(query, ALL, "m", params) + " order by " + order + " limit :limit offset :offset)\n"
                        + "select page.id, page.position, null as facets from page\n"
                        + "union all select null, null, m.facets from m")
                .params(params)
                .query((ResultSet row) -> {
                    if (row.getString("facets") == null) {
                        page.put(row.getLong("position"), row.getLong("id"));
                    } else {
                        counter.add(row.getString("facets"));
                    }
                });
        return new Result(List.copyOf(page.values()), counter.total(), counter.facets());
    }

    /**
     * The words typed as a full-text query (see search_query() in V7), computed once per statement: the
     * function is not cheap, and an expression of a parameter would be evaluated again on every row.
     */
    private static final String TYPED = "(select query from words)";

    private static final String PUBLISHED_WITH_WORDS =
            "o.publication_status = 'PUBLISHED' and o.search_document @@ " + TYPED;

    /**
     * A single word may be a misspelt name or acronym ("conasipal"): when the word itself finds fewer
     * organisations than a page, names that contain a word close to it (trigram word similarity) come
     * after them, the closest first. Comparing trigrams is the costly part, so a word that already finds
     * plenty skips it (the subquery is evaluated once, before the scan).
     */
    private static final String NEAR_NAMES = "select o.id, o.name_sort, o.updated_at,"
            + " word_similarity(search_text(:q), o.name_search) - 1 as rank, " + FACET_COLUMNS + ", "
            + FacetCounter.COLUMN + " as facets from organisation o where (select count(*) from exact) < :limit"
            + " and o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search"
            + " and not coalesce(o.search_document @@ " + TYPED + ", false)";

    private static final Set<Facet> ALL = EnumSet.allOf(Facet.class);

    private static Set<Facet> fixed(Asked asked) {
        return asked.fixed() == null ? EnumSet.noneOf(Facet.class) : EnumSet.of(asked.fixed());
    }

    /** The query's filters of the given facets on the columns of the given table or CTE, with their parameters. */
    private static String filters(SearchQuery query, Set<Facet> facets, String table, Map<String, Object> params) {
        List<String> filters = new ArrayList<>();
        filters.add("true");
        if (!query.countries().isEmpty() && facets.contains(Facet.COUNTRY)) {
            filters.add(table + ".country_codes && cast(:countries as text[])");
            params.put("countries", query.countries().toArray(String[]::new));
        }
        if (!query.themes().isEmpty() && facets.contains(Facet.THEME)) {
            filters.add(table + ".theme_slugs && cast(:themes as text[])");
            params.put("themes", query.themes().toArray(String[]::new));
        }
        if (!query.levels().isEmpty() && facets.contains(Facet.LEVEL)) {
            filters.add(table + ".activity_levels && cast(:levels as text[])");
            params.put("levels", query.levels().toArray(String[]::new));
        }
        if (query.verified() != null && facets.contains(Facet.VERIFICATION)) {
            filters.add(table + ".verification_status = :verification");
            params.put("verification", query.verified() ? "VERIFIED" : "NOT_VERIFIED");
        }
        if (query.activeSince() != null && facets.contains(Facet.ACTIVE_SINCE)) {
            filters.add(table + ".last_activity_year >= :since");
            params.put("since", query.activeSince());
        }
        return String.join(" and ", filters);
    }

    /**
     * The published name closest to what was typed, for "did you mean": names that contain a word close
     * to the words typed (trigram word similarity, through the name index), the closest first.
     */
    String nearestName(String text) {
        if (!hasWord(text)) {
            return null;
        }
        return suggestions.get(text, typed -> jdbc.sql("""
                select o.name from organisation o
                where o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search
                order by word_similarity(search_text(:q), o.name_search) desc,
                         similarity(search_text(:q), o.name_search) desc, o.id
                limit 1""")
                .param("q", typed).query(String.class).optional()).orElse(null);
    }

    /** Where a page starts, as a long: a shared link may ask for page 2,147,483,647. */
    private static long offset(SearchQuery query, int pageSize) {
        return (query.page() - 1L) * pageSize;
    }

    /** The order of a list without words (relevance needs words, see SearchQuery). */
    private static String order(SearchQuery query) {
        return query.sort() == SearchQuery.Sort.UPDATED ? "o.updated_at desc, o.id" : "o.name_sort, o.id";
    }

    /** Whether the text has a letter or digit to search for ("!!!" and emoji have none). */
    private static boolean hasWord(String text) {
        return WORD.matcher(text).find();
    }

    private static boolean isOneWord(String text) {
        Matcher matcher = WORD.matcher(text);
        return matcher.find() && !matcher.find();
    }
}
