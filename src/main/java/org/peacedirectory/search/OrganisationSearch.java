package org.peacedirectory.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds published organisations with Hibernate Search (the index the mapping on {@link Organisation}
 * defines): the words typed as {@link WordMatching} finds them (accents, case and French elision ignored:
 * see {@link LuceneAnalysisConfigurer}); a single word finding few also finds names within two typing
 * errors of it; the filters and their counts ({@link Facet}, {@link FacetCounts}); the three orders.
 */
@Component
class OrganisationSearch {

    /**
     * One page of matching ids, in order, with the total and the facet counts; when words found nothing,
     * the published name nearest them ("did you mean"), or null.
     */
    record Result(
            List<Long> ids,
            long total,
            Map<Facet, Map<String, Long>> facets,
            @Nullable String suggestion) {

        /** One facet's counts: every facet is counted (FacetCounts), with no value when none matched. */
        Map<String, Long> counts(Facet facet) {
            return Objects.requireNonNull(facets.get(facet), "every facet is counted");
        }
    }

    /** Past this offset the total is counted first, so that a far page never asks the engine for its hits. */
    private static final int DEEP_OFFSET = 10_000;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final FacetCounts facetCounts;
    private final SearchTimers timers;

    OrganisationSearch(
            EntityManagerFactory entityManagerFactory, JdbcClient jdbc, FacetCounts facetCounts, SearchTimers timers) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.facetCounts = facetCounts;
        this.timers = timers;
    }

    /**
     * Asks the index; whole results are kept per query and page size until the next publish on any instance
     * (most readers ask what others asked since), but not while the index is being built. An entity
     * manager of its own, outside any transaction: the index answers with ids, so no database connection
     * is taken while it searches and counts. Timed ({@link SearchTimers}) when it reaches the engine.
     */
    @CachedUntilPublish(value = PublishedDataCaches.SEARCH_RESULTS, condition = SearchIndexing.NOT_BUILDING)
    Result search(SearchQuery query, int pageSize) {
        List<String> words = WordMatching.words(query.text());
        if (query.text() != null && words.isEmpty()) {
            return new Result(List.of(), 0, FacetCounts.none(), null); // "!!!" or an emoji: nothing to look for
        }
        return timers.time(!words.isEmpty(), () -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                return search(Search.session(entityManager), query, words, pageSize);
            }
        });
    }

    /** Every matching id in the query's order, up to a limit, and how many match in all. */
    record Matches(List<Long> ids, long total) {}

    /**
     * The organisations in the open data that the list page shows for this query, all pages at once (up to
     * {@code limit}), for exports; misspelt single words find look-alike names as on the page. Not cached:
     * exports are few.
     */
    Matches matching(SearchQuery query, int limit) {
        return inOpenData(query, 0, limit);
    }

    /**
     * For the open data (API, HSDS, CSV export): from an offset, the organisations the list page shows for
     * this query but those their safety settings keep out of the open data, and how many in all. Not cached.
     */
    Matches inOpenData(SearchQuery query, long offset, int limit) {
        List<String> words = WordMatching.words(query.text());
        if (query.text() != null && words.isEmpty()) {
            return new Matches(List.of(), 0);
        }
        return timers.time(!words.isEmpty(), () -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                SearchSession session = Search.session(entityManager);
                Matches matches = inOpenData(session, query, words, false, offset, limit);
                return words.size() == 1 && matches.total() < OrganisationDirectory.PAGE_SIZE
                        ? inOpenData(session, query, words, true, offset, limit)
                        : matches;
            }
        });
    }

    private static Matches inOpenData(
            SearchSession session, SearchQuery query, List<String> words, boolean fuzzyNames, long offset, int limit) {
        SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search = session.search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(Facet.filtered(f, WordMatching.matching(f, query.text(), words, fuzzyNames), query, null));
                    b.filter(f.match().field("openData").matching(true));
                }))
                .sort(f -> sort(f, query.sort()));
        if (offset >= DEEP_OFFSET) {
            long total = search.fetchTotalHitCount();
            if (offset >= total) {
                return new Matches(List.of(), total);
            }
        }
        SearchResult<Long> result = search.fetch((int) offset, limit);
        return new Matches(result.hits(), result.total().hitCount());
    }

    private Result search(SearchSession session, SearchQuery query, List<String> words, int pageSize) {
        Result result = find(session, query, words, false, pageSize);
        // A single word finding fewer than a page in the whole directory may be a misspelt name: asked
        // again with look-alike names (rare: most single words find more than a page).
        if (words.size() == 1
                && result.total() < pageSize
                && (Facet.noneFilters(query) ? result.total() : countMatching(session, words)) < pageSize) {
            result = find(session, query, words, true, pageSize);
        }
        if (result.total() == 0 && !words.isEmpty()) {
            return new Result(result.ids(), 0, result.facets(), nearestName(session, words));
        }
        return result;
    }

    private Result find(
            SearchSession session, SearchQuery query, List<String> words, boolean fuzzyNames, int pageSize) {
        FacetCounts.Matching matching = f -> WordMatching.matching(f, query.text(), words, fuzzyNames);
        // Without words, counts depend on the filters alone: counted on their own and kept (FacetCounts).
        boolean countsApart = query.text() == null;
        SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search = session.search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> Facet.filtered(f, matching.apply(f), query, null))
                .sort(f -> sort(f, query.sort()));
        if (!countsApart) {
            search = FacetCounts.aggregated(search, query);
        }
        long offset = (query.page() - 1L) * pageSize; // a long: a shared link may ask for page 2,147,483,647
        SearchResult<Long> result = fetch(search, offset, pageSize);
        long total = result.total().hitCount();
        List<Long> ids = offset >= total ? List.of() : result.hits();
        Map<Facet, Map<String, Long>> facets = countsApart
                ? facetCounts.withoutWords(query.filtersOnly())
                : FacetCounts.from(session, query, matching, result);
        return new Result(ids, total, facets, null);
    }

    /** One page of hits; far pages (offset 10,000 or more) past the last fetch none. */
    private static SearchResult<Long> fetch(
            SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search, long offset, int pageSize) {
        if (offset >= DEEP_OFFSET && offset >= search.fetchTotalHitCount()) {
            return search.fetch(0);
        }
        return search.fetch((int) offset, pageSize);
    }

    /** How many organisations the words alone find. */
    private static long countMatching(SearchSession session, List<String> words) {
        return session.search(Organisation.class)
                .where(f -> WordMatching.allWords(f, words))
                .fetchTotalHitCount();
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field("nameSort").then().field("idSort");
            case NAME -> f.field("nameSort").then().field("idSort");
            case UPDATED -> f.field("updatedAt").desc().then().field("idSort");
        };
    }

    /** The official name of the organisation whose names are nearest the words typed, or null. */
    private @Nullable String nearestName(SearchSession session, List<String> words) {
        List<Long> nearest = session.search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> WordMatching.nearNames(f, words))
                .fetchHits(1);
        return nearest.isEmpty()
                ? null
                : jdbc.sql("select name from organisation where id = ?")
                        .param(nearest.get(0))
                        .query(String.class)
                        .optional()
                        .orElse(null);
    }
}
