package org.peacedirectory.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.stereotype.Component;

/**
 * The facet counts of a search, each facet counted without its own filter: a search aggregates the facets
 * it does not filter, and each facet it filters is counted by one more query (no hits fetched) with every
 * other filter. Every facet is there, in {@link Facet}'s order, each with the values that occur, most
 * organisations first.
 */
@Component
class FacetCounts {

    /** A search's predicate for a search factory: the words, or everything. */
    interface Matching extends Function<SearchPredicateFactory, PredicateFinalStep> {}

    private final EntityManagerFactory entityManagerFactory;

    FacetCounts(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * The counts of a list without words, which depend on its filters alone ({@code filters} has no words,
     * sort or page) and change only on publish: kept per combination of filters until then.
     */
    @CachedUntilPublish(value = PublishedDataCaches.FACET_COUNTS, condition = SearchIndexing.NOT_BUILDING)
    Map<Facet, Map<String, Long>> withoutWords(SearchQuery filters) {
        Matching everything = f -> f.matchAll();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search = session.search(Organisation.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> Facet.filtered(f, everything.apply(f), filters, null));
            return from(
                    session, filters, everything, aggregated(search, filters).fetch(0));
        }
    }

    /**
     * The countries of the organisations based or working in a country, each with how many of them are
     * based or work there too (the country itself left out): what the country's map shows. Counted by the
     * index, not the database, and kept until the next publish.
     */
    @CachedUntilPublish(value = PublishedDataCaches.FACET_COUNTS, condition = SearchIndexing.NOT_BUILDING)
    Map<String, Long> alongside(String countryCode) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchResult<Long> result = Search.session(entityManager)
                    .search(Organisation.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.terms().field("countries").matchingAny(List.of(countryCode)))
                    .aggregation(Facet.COUNTRY.key, Facet.COUNTRY::aggregation)
                    .fetch(0);
            Map<String, Long> others = sorted(result.aggregation(Facet.COUNTRY.key));
            others.remove(countryCode);
            return Map.copyOf(others);
        }
    }

    /** The search with the counts of every facet the query does not filter. */
    static SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> aggregated(
            SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> search, SearchQuery query) {
        for (Facet facet : Facet.values()) {
            if (!facet.filters(query)) { // counted with every filter: all the others, none of its own
                search = search.aggregation(facet.key, facet::aggregation);
            }
        }
        return search;
    }

    /** Every facet: from the result of the {@link #aggregated} search, or counted without its own filter. */
    static Map<Facet, Map<String, Long>> from(
            SearchSession session, SearchQuery query, Matching matching, SearchResult<Long> result) {
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(
                    facet,
                    facet.filters(query)
                            ? withoutOwnFilter(session, query, matching, facet)
                            : sorted(result.aggregation(facet.key)));
        }
        return facets;
    }

    /** Every facet, with nothing counted. */
    static Map<Facet, Map<String, Long>> none() {
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, Map.of());
        }
        return facets;
    }

    /** One facet whose own filter is in force, counted over what every other filter lets through. */
    private static Map<String, Long> withoutOwnFilter(
            SearchSession session, SearchQuery query, Matching matching, Facet facet) {
        SearchResult<Long> result = session.search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> Facet.filtered(f, matching.apply(f), query, facet))
                .aggregation(facet.key, facet::aggregation)
                .fetch(0);
        return sorted(result.aggregation(facet.key));
    }

    /**
     * A facet's counts as the page shows them: values that occur, most organisations first, then by value
     * (verification by its level's name, "active since" by its first year).
     */
    private static Map<String, Long> sorted(Map<?, Long> counts) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            String value = key instanceof Range<?> range
                    ? String.valueOf(range.lowerBoundValue().orElseThrow())
                    : String.valueOf(key);
            if (count > 0) {
                byValue.put(value, count);
            }
        });
        Map<String, Long> sorted = new LinkedHashMap<>();
        byValue.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
