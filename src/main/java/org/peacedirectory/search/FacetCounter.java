package org.peacedirectory.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.peacedirectory.search.IndexSnapshot.FacetColumn;
import org.peacedirectory.search.OrganisationSearch.Facet;

/**
 * Counts the facets of a query over its matching organisations, each facet with every filter but its
 * own (ticking a second country widens the list, so each country's count ignores the country filter),
 * and the total with every filter. Counts by the index's value numbers, in arrays.
 */
final class FacetCounter {

    private final IndexSnapshot index;
    private final SearchQuery query;
    private final boolean[] wantedCountries;
    private final boolean[] wantedThemes;
    private final boolean[] wantedLevels;
    private final long[] countries;
    private final long[] themes;
    private final long[] levels;
    private final long[] verification = new long[2];
    private final long[] activeSince = new long[OrganisationSearch.ACTIVE_SINCE_CHOICES.size()];
    private long total;

    FacetCounter(IndexSnapshot index, SearchQuery query) {
        this.index = index;
        this.query = query;
        this.wantedCountries = wanted(index.countries, query.countries());
        this.wantedThemes = wanted(index.themes, query.themes());
        this.wantedLevels = wanted(index.levels, query.levels());
        this.countries = new long[index.countries.values().size()];
        this.themes = new long[index.themes.values().size()];
        this.levels = new long[index.levels.values().size()];
    }

    /** Counts one matching organisation; true when it passes every filter (it belongs in the list). */
    boolean add(int doc) {
        boolean country = wantedCountries == null || anyOf(index.countries.ofDoc()[doc], wantedCountries);
        boolean theme = wantedThemes == null || anyOf(index.themes.ofDoc()[doc], wantedThemes);
        boolean level = wantedLevels == null || anyOf(index.levels.ofDoc()[doc], wantedLevels);
        boolean isVerified = index.verified[doc];
        boolean verified = query.verified() == null || query.verified() == isVerified;
        int lastYear = index.lastActivityYear[doc];
        boolean since = query.activeSince() == null || lastYear >= query.activeSince();

        if (theme && level && verified && since) {
            count(countries, index.countries.ofDoc()[doc]);
        }
        if (country && level && verified && since) {
            count(themes, index.themes.ofDoc()[doc]);
        }
        if (country && theme && verified && since) {
            count(levels, index.levels.ofDoc()[doc]);
        }
        if (country && theme && level && since) {
            verification[isVerified ? 0 : 1]++;
        }
        if (country && theme && level && verified) {
            for (int choice = 0; choice < activeSince.length; choice++) {
                if (lastYear >= OrganisationSearch.ACTIVE_SINCE_CHOICES.get(choice)) {
                    activeSince[choice]++;
                }
            }
        }
        boolean listed = country && theme && level && verified && since;
        if (listed) {
            total++;
        }
        return listed;
    }

    long total() {
        return total;
    }

    /** Each facet's values that occur, most organisations first, then alphabetically. */
    Map<Facet, Map<String, Long>> facets() {
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(Facet.COUNTRY, sorted(index.countries.values(), countries));
        facets.put(Facet.THEME, sorted(index.themes.values(), themes));
        facets.put(Facet.VERIFICATION, sorted(List.of("VERIFIED", "NOT_VERIFIED"), verification));
        facets.put(Facet.LEVEL, sorted(index.levels.values(), levels));
        facets.put(Facet.ACTIVE_SINCE, sorted(
                OrganisationSearch.ACTIVE_SINCE_CHOICES.stream().map(String::valueOf).toList(), activeSince));
        return facets;
    }

    private static Map<String, Long> sorted(List<String> values, long[] counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        IntStream.range(0, counts.length).filter(value -> counts[value] > 0).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a])
                        : values.get(a).compareTo(values.get(b)))
                .forEach(value -> sorted.put(values.get(value), counts[value]));
        return sorted;
    }

    /** The chosen values as a mask over the facet's numbers, or null when nothing is chosen. */
    private static boolean[] wanted(FacetColumn column, List<String> chosen) {
        if (chosen.isEmpty()) {
            return null;
        }
        boolean[] wanted = new boolean[column.values().size()];
        for (String value : chosen) {
            int number = column.values().indexOf(value);
            if (number >= 0) {
                wanted[number] = true;
            }
        }
        return wanted;
    }

    private static void count(long[] counts, int[] values) {
        for (int value : values) {
            counts[value]++;
        }
    }

    private static boolean anyOf(int[] values, boolean[] wanted) {
        for (int value : values) {
            if (wanted[value]) {
                return true;
            }
        }
        return false;
    }
}
