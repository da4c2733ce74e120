package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.peacedirectory.organisation.ActivityLevel;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.PublicDataCaches;
import org.peacedirectory.organisation.VerificationStatus;
import org.peacedirectory.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Finds published organisations with Hibernate Search (the index the mapping on {@link Organisation}
 * defines): every word typed required, each also as the beginning of a word, over names, acronyms,
 * summaries, descriptions, the base country's names and activities, accents, case and French elision
 * ignored (see {@link LuceneAnalysisConfigurer}); a single word finding few also finds names within two
 * typing errors of it; facet counts, each facet counted without its own filter; the three orders.
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
     * One page of matching ids, in order, with the total and the facet counts; when words found nothing,
     * the published name nearest them ("did you mean"), or null.
     */
    record Result(List<Long> ids, long total, Map<Facet, Map<String, Long>> facets, String suggestion) {
    }

    static final List<Integer> ACTIVE_SINCE_CHOICES = List.of(2020, 2015, 2010, 2005, 2000);

    /** A word as the "text" analyser keeps it whole: letters and digits, with apostrophes inside (l'eau). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    /** Names weigh most, then summaries, then descriptions and place, then activities (as before). */
    private static final String[] NAME_FIELDS = {"name", "acronym", "prose.name"};
    private static final int MAX_FACET_VALUES = 500;
    /** Past this offset the total is counted first, so that a far page never asks the engine for its hits. */
    private static final int DEEP_OFFSET = 10_000;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    /** Facet counts of lists without words, per combination of filters: they change only on publish. */
    private final ShortLivedCache<List<String>, Map<Facet, Map<String, Long>>> countsWithoutWords;
    /**
     * Whole results per query and page size: most readers ask what others asked since the last publish. Null
     * with a search cluster: an instance does not hear of another's publications, and a reader must find an
     * organisation published through another instance at once (counts may lag by the cache's lifetime).
     */
    private final ShortLivedCache<List<Object>, Result> results;

    private final SearchIndexing indexing;

    OrganisationSearch(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, PublicDataCaches caches,
            SearchIndexing indexing, @Value("${directory.search.url:}") String cluster) {
        this.indexing = indexing;
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.countsWithoutWords = caches.create(1000);
        this.results = StringUtils.hasText(cluster) ? null : caches.create(2000);
    }

    Result search(SearchQuery query, int pageSize) {
        if (results == null || indexing.isBuilding()) {
            return searchNow(query, pageSize); // a half-built index's answers are not kept
        }
        return results.get(List.of(query, pageSize), key -> searchNow(query, pageSize));
    }

    /**
     * Asks the index. An entity manager of its own, outside any transaction: the index answers with ids, so
     * no database connection is taken while it searches and counts.
     */
    private Result searchNow(SearchQuery query, int pageSize) {
        List<String> words = words(query.text());
        if (query.text() != null && words.isEmpty()) {
            return new Result(List.of(), 0, emptyFacets(), null); // "!!!" or an emoji: nothing to look for
        }
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return searchNow(Search.session(entityManager), query, words, pageSize);
        }
    }

    private Result searchNow(SearchSession session, SearchQuery query, List<String> words, int pageSize) {
        Result result = find(session, query, words, false, pageSize);
        // A single word finding fewer than a page in the whole directory may be a misspelt name: asked
        // again with look-alike names (rare: most single words find more than a page).
        if (words.size() == 1 && result.total() < pageSize
                && (isUnfilteredButForWords(query) ? result.total() : countMatching(session, words)) < pageSize) {
            result = find(session, query, words, true, pageSize);
        }
        if (result.total() == 0 && !words.isEmpty()) {
            return new Result(result.ids(), 0, result.facets(), nearestName(session, words));
        }
        return result;
    }

    private Result find(SearchSession session, SearchQuery query, List<String> words, boolean fuzzyNames,
            int pageSize) {
        Function<SearchPredicateFactory, PredicateFinalStep> matching = f -> matching(f, query.text(), words, fuzzyNames);
        Map<Facet, Map<String, Long>> cached = null;
        // Without words, counts depend on the filters alone and change only on publish: kept per combination
        // of filters until then (the cache is bounded). Counts of a half-built index are not kept.
        if (query.text() == null && !indexing.isBuilding()) {
            cached = countsWithoutWords.get(filterKey(query), key -> countFacets(session, query, matching));
        }

        long offset = (query.page() - 1L) * pageSize; // a long: a shared link may ask for page 2,147,483,647
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(Organisation.class).select(f -> f.id(Long.class))
                .where(f -> filtered(f, matching.apply(f), query, null))
                .sort(f -> sort(f, query.sort()));
        if (cached == null) {
            for (Facet facet : Facet.values()) {
                if (!isFiltered(query, facet)) { // counted with every filter: all the others, none of its own
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                    keys.put(facet, key);
                    search = search.aggregation(key, f -> aggregation(f, facet));
                }
            }
        }
        SearchResult<Long> result;
        if (offset >= DEEP_OFFSET) {
            long total = search.fetchTotalHitCount();
            result = offset >= total ? search.fetch(0) : search.fetch((int) offset, pageSize);
        } else {
            result = search.fetch((int) offset, pageSize);
        }
        long total = result.total().hitCount();
        List<Long> ids = offset >= total ? List.of() : result.hits();

        Map<Facet, Map<String, Long>> facets = cached != null ? cached : facets(session, query, matching, result, keys);
        return new Result(ids, total, ordered(facets), null);
    }

    /** How many organisations the words alone find. */
    private static long countMatching(SearchSession session, List<String> words) {
        return session.search(Organisation.class).where(f -> words(f, words)).fetchTotalHitCount();
    }

    /** The facet counts of a list without words, on their own (no hits fetched), to be kept until a publish. */
    private static Map<Facet, Map<String, Long>> countFacets(SearchSession session, SearchQuery query,
            Function<SearchPredicateFactory, PredicateFinalStep> matching) {
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(Organisation.class).select(f -> f.id(Long.class))
                .where(f -> filtered(f, matching.apply(f), query, null));
        for (Facet facet : Facet.values()) {
            if (!isFiltered(query, facet)) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                keys.put(facet, key);
                search = search.aggregation(key, f -> aggregation(f, facet));
            }
        }
        return facets(session, query, matching, search.fetch(0), keys);
    }

    /** Every facet: from the query's own aggregations, or counted without its own filter when it has one. */
    private static Map<Facet, Map<String, Long>> facets(SearchSession session, SearchQuery query,
            Function<SearchPredicateFactory, PredicateFinalStep> matching, SearchResult<Long> result,
            Map<Facet, AggregationKey<Map<String, Long>>> keys) {
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, keys.containsKey(facet) ? sorted(result.aggregation(keys.get(facet)))
                    : countWithoutOwnFilter(session, query, matching, facet));
        }
        return facets;
    }

    /** One facet whose own filter is in force, counted over what every other filter lets through. */
    private static Map<String, Long> countWithoutOwnFilter(SearchSession session, SearchQuery query,
            Function<SearchPredicateFactory, PredicateFinalStep> matching, Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
        SearchResult<Long> result = session.search(Organisation.class).select(f -> f.id(Long.class))
                .where(f -> filtered(f, matching.apply(f), query, facet))
                .aggregation(key, f -> aggregation(f, facet)).fetch(0);
        return sorted(result.aggregation(key));
    }

    /** The words typed, or everything when none were. */
    private static PredicateFinalStep matching(SearchPredicateFactory f, String text, List<String> words,
            boolean fuzzyNames) {
        if (words.isEmpty()) {
            return f.matchAll();
        }
        PredicateFinalStep exact = f.bool(b -> {
            b.must(words(f, words));
            // Whole words, scored by how often and where they occur, lift the best matches.
            b.should(f.match().field("name").boost(4).field("acronym").boost(4).field("prose.name").boost(4)
                    .field("prose.summary").boost(2).field("prose.description").field("place")
                    .field("activities.text").boost(0.5f).matching(text));
        });
        if (!fuzzyNames) {
            return exact;
        }
        // A single word finding few may be a misspelt name or acronym ("conasipal"): names within a
        // typing error or two come after the exact matches.
        String word = words.get(0);
        return f.or(exact, f.match().fields(NAME_FIELDS).matching(word).fuzzy(fuzziness(word)).boost(0.01f));
    }

    /** Every word required, each as a word or the beginning of one, in any field. */
    private static PredicateFinalStep words(SearchPredicateFactory f, List<String> words) {
        return f.simpleQueryString().field("name").boost(4).field("acronym").boost(4).field("prose.name").boost(4)
                .field("prose.summary").boost(2).field("prose.description").field("place")
                .field("activities.text").boost(0.5f)
                .matching(String.join(" ", words.stream().map(word -> word + "*").toList()))
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE);
    }

    /** The words with every filter of the query but one facet's own (none when {@code without} is null). */
    private static PredicateFinalStep filtered(SearchPredicateFactory f, PredicateFinalStep matching, SearchQuery query,
            Facet without) {
        return f.bool(b -> {
            b.must(matching);
            if (without != Facet.COUNTRY && !query.countries().isEmpty()) {
                b.filter(f.terms().field("countries").matchingAny(query.countries()));
            }
            if (without != Facet.THEME && !query.themes().isEmpty()) {
                b.filter(f.terms().field("themes").matchingAny(query.themes()));
            }
            if (without != Facet.LEVEL && !query.levels().isEmpty()) {
                b.filter(f.terms().field("activities.level")
                        .matchingAny(query.levels().stream().map(ActivityLevel::valueOf).toList()));
            }
            if (without != Facet.VERIFICATION && query.verified() != null) {
                b.filter(f.match().field("verification")
                        .matching(query.verified() ? VerificationStatus.VERIFIED : VerificationStatus.NOT_VERIFIED));
            }
            if (without != Facet.ACTIVE_SINCE && query.activeSince() != null) {
                b.filter(f.range().field("lastActivityYear").atLeast(query.activeSince()));
            }
        });
    }

    /** A facet's counts (String keys but for "active since", whose keys are ranges: see sorted()). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AggregationFinalStep<Map<String, Long>> aggregation(SearchAggregationFactory f, Facet facet) {
        return switch (facet) {
            case COUNTRY -> f.terms().field("countries", String.class).maxTermCount(MAX_FACET_VALUES);
            case THEME -> f.terms().field("themes", String.class).maxTermCount(MAX_FACET_VALUES);
            case LEVEL -> f.terms().field("activities.level", String.class, ValueModel.INDEX);
            case VERIFICATION -> f.terms().field("verification", String.class, ValueModel.INDEX);
            // Ranges that overlap, each from a choice onwards: "active in 2010 or later".
            case ACTIVE_SINCE -> (AggregationFinalStep) f.range().field("lastActivityYear", Integer.class)
                    .ranges(ACTIVE_SINCE_CHOICES.stream().map(Range::atLeast).toList());
        };
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field("nameSort").then().field("idSort");
            case NAME -> f.field("nameSort").then().field("idSort");
            case UPDATED -> f.field("updatedAt").desc().then().field("idSort");
        };
    }

    /**
     * The official name of the organisation whose names are nearest the words typed, or null: most of
     * the words (at least 60 %) each within two typing errors of a word of its names.
     */
    private String nearestName(SearchSession session, List<String> words) {
        List<Long> nearest = session.search(Organisation.class).select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    for (String word : words) {
                        b.should(f.match().fields(NAME_FIELDS).matching(word).fuzzy(fuzziness(word)));
                    }
                    // 60 % of the words, rounded up: one word must match itself (a percentage rounds down to 0).
                    b.minimumShouldMatchNumber((words.size() * 3 + 4) / 5);
                })).fetchHits(1);
        return nearest.isEmpty() ? null : jdbc.sql("select name from organisation where id = ?")
                .param(nearest.get(0)).query(String.class).optional().orElse(null);
    }

    /** Short words tolerate one typing error, longer ones two. */
    private static int fuzziness(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    /** The words of a text as the analyser keeps them whole, without repeats. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                if (!words.contains(matcher.group())) {
                    words.add(matcher.group());
                }
            }
        }
        return words;
    }

    private static boolean isFiltered(SearchQuery query, Facet facet) {
        return switch (facet) {
            case COUNTRY -> !query.countries().isEmpty();
            case THEME -> !query.themes().isEmpty();
            case LEVEL -> !query.levels().isEmpty();
            case VERIFICATION -> query.verified() != null;
            case ACTIVE_SINCE -> query.activeSince() != null;
        };
    }

    /** No filter at all: the words alone decide. */
    private static boolean isUnfilteredButForWords(SearchQuery query) {
        return Arrays.stream(Facet.values()).noneMatch(facet -> isFiltered(query, facet));
    }

    private static List<String> filterKey(SearchQuery query) {
        return List.of(String.join(",", query.countries()), String.join(",", query.themes()),
                query.levels().toString(), String.valueOf(query.verified()), String.valueOf(query.activeSince()));
    }

    /**
     * A facet's counts as the page shows them: values that occur, most organisations first, then by value
     * (verification as VERIFIED or NOT_VERIFIED, "active since" by its first year).
     */
    private static Map<String, Long> sorted(Map<?, Long> counts) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            String value = key instanceof Range<?> range ? String.valueOf(range.lowerBoundValue().orElseThrow())
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

    private static Map<Facet, Map<String, Long>> ordered(Map<Facet, Map<String, Long>> facets) {
        Map<Facet, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            ordered.put(facet, facets.getOrDefault(facet, Map.of()));
        }
        return ordered;
    }

    private static Map<Facet, Map<String, Long>> emptyFacets() {
        return ordered(Map.of());
    }
}
