package org.peacedirectory.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ActivityLevel;

/**
 * The filters of the list page, each also a facet counted with every filter but its own: its URL
 * parameter, whether a query uses it, its condition on the index and its counts.
 */
enum Facet {
    COUNTRY("country"),
    THEME("theme"),
    VERIFICATION("verified"),
    LEVEL("level"),
    ACTIVE_SINCE("since");

    /** "Active since" offers these years, each meaning "active in that year or later". */
    static final List<Integer> ACTIVE_SINCE_CHOICES = List.of(2020, 2015, 2010, 2005, 2000);

    private static final int MAX_FACET_VALUES = 500;

    final String parameter;
    /** Where a search's counts of this facet are found in its result. */
    final AggregationKey<Map<String, Long>> key = AggregationKey.of(name());

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** Whether the query filters on this facet. */
    boolean filters(SearchQuery query) {
        return switch (this) {
            case COUNTRY -> !query.countries().isEmpty();
            case THEME -> !query.themes().isEmpty();
            case LEVEL -> !query.levels().isEmpty();
            case VERIFICATION -> query.verification() != null;
            case ACTIVE_SINCE -> query.activeSince() != null;
        };
    }

    /** No filter at all: the words alone decide. */
    static boolean noneFilters(SearchQuery query) {
        for (Facet facet : values()) {
            if (facet.filters(query)) {
                return false;
            }
        }
        return true;
    }

    /** The words with every filter of the query but one facet's own (none left out when {@code without} is null). */
    static PredicateFinalStep filtered(
            SearchPredicateFactory f, PredicateFinalStep matching, SearchQuery query, @Nullable Facet without) {
        return f.bool(b -> {
            b.must(matching);
            for (Facet facet : values()) {
                if (facet != without && facet.filters(query)) {
                    b.filter(facet.condition(f, query));
                }
            }
        });
    }

    /** This facet's filter as the query sets it; only for a facet the query {@link #filters}. */
    private PredicateFinalStep condition(SearchPredicateFactory f, SearchQuery query) {
        return switch (this) {
            case COUNTRY -> f.terms().field("countries").matchingAny(query.countries());
            case THEME -> f.terms().field("themes").matchingAny(query.themes());
            case LEVEL ->
                f.terms()
                        .field("activities.level")
                        .matchingAny(query.levels().stream()
                                .map(ActivityLevel::valueOf)
                                .toList());
            case VERIFICATION -> f.terms().field("verification").matchingAny(filterValue(query.verification()).levels);
            case ACTIVE_SINCE -> f.range().field("lastActivityYear").atLeast(filterValue(query.activeSince()));
        };
    }

    private static <T> T filterValue(@Nullable T value) {
        return Objects.requireNonNull(value, "a condition is made only for a filter in force");
    }

    /** This facet's counts (String keys but for "active since", whose keys are ranges: see FacetCounts). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    AggregationFinalStep<Map<String, Long>> aggregation(SearchAggregationFactory f) {
        return switch (this) {
            case COUNTRY -> f.terms().field("countries", String.class).maxTermCount(MAX_FACET_VALUES);
            case THEME -> f.terms().field("themes", String.class).maxTermCount(MAX_FACET_VALUES);
            case LEVEL -> f.terms().field("activities.level", String.class, ValueModel.INDEX);
            case VERIFICATION -> f.terms().field("verification", String.class, ValueModel.INDEX);
            // Ranges that overlap, each from a choice onwards: "active in 2010 or later".
            case ACTIVE_SINCE ->
                (AggregationFinalStep) f.range()
                        .field("lastActivityYear", Integer.class)
                        .ranges(ACTIVE_SINCE_CHOICES.stream()
                                .map(Range::atLeast)
                                .toList());
        };
    }
}
