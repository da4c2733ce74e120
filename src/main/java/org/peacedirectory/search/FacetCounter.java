package org.peacedirectory.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.peacedirectory.search.IndexSnapshot.FacetColumn;
import org.peacedirectory.search.OrganisationSearch.Facet;

/**
 * Counts the facets of a query over its matching organisations, each facet with every filter but its
 * own (ticking a second country widens the list, so each country's count ignores the country filter),
 * and the total with every filter. Counts by the index's value numbers, in arrays: first which filters
 * each organisation passes, then each facet in its own pass over those that pass the others.
 */
final class FacetCounter {

    private static final int COUNTRY = 1;
    private static final int THEME = 2;
    private static final int LEVEL = 4;
    private static final int VERIFIED = 8;
    private static final int SINCE = 16;
    private static final int EVERY_FILTER = 31;

    private final IndexSnapshot index;
    private final boolean[] wantedCountries;
    private final boolean[] wantedThemes;
    private final boolean[] wantedLevels;
    /** The verification status asked for: 1 verified, 0 not, -1 either. */
    private final int wantedVerification;
    private final int wantedSince;
    private final boolean filtering;
    private final int[] sinceChoices = OrganisationSearch.ACTIVE_SINCE_CHOICES.stream().mapToInt(Integer::intValue)
            .toArray();
    private final int[] countries;
    private final int[] themes;
    private final int[] levels;
    private final int[] verification = new int[2];
    private final int[] activeSince = new int[sinceChoices.length];
    private long total;

    FacetCounter(IndexSnapshot index, SearchQuery query) {
        this.index = index;
        this.wantedCountries = wanted(index.countries, query.countries());
        this.wantedThemes = wanted(index.themes, query.themes());
        this.wantedLevels = wanted(index.levels, query.levels());
        this.wantedVerification = query.verified() == null ? -1 : query.verified() ? 1 : 0;
        this.wantedSince = query.activeSince() == null ? Integer.MIN_VALUE : query.activeSince();
        this.filtering = wantedCountries != null || wantedThemes != null || wantedLevels != null
                || wantedVerification >= 0 || query.activeSince() != null;
        this.countries = new int[index.countries.values().size()];
        this.themes = new int[index.themes.values().size()];
        this.levels = new int[index.levels.values().size()];
    }

    /**
     * Counts these matching organisations (by number); returns, for each, whether it passes every filter
     * (belongs in the list).
     */
    boolean[] add(int[] docs) {
        byte[] passes = new byte[docs.length];
        if (filtering) {
            for (int i = 0; i < docs.length; i++) {
                passes[i] = (byte) filtersPassed(docs[i]);
            }
        } else {
            Arrays.fill(passes, (byte) EVERY_FILTER);
        }
        countValues(docs, passes, EVERY_FILTER & ~COUNTRY, countries, index.countries);
        countValues(docs, passes, EVERY_FILTER & ~THEME, themes, index.themes);
        countValues(docs, passes, EVERY_FILTER & ~LEVEL, levels, index.levels);
        boolean[] listed = new boolean[docs.length];
        for (int i = 0; i < docs.length; i++) {
            int passed = passes[i];
            if ((passed | VERIFIED) == EVERY_FILTER) {
                verification[index.verified[docs[i]] ? 0 : 1]++;
            }
            if ((passed | SINCE) == EVERY_FILTER) {
                int lastYear = index.lastActivityYear[docs[i]];
                // The choices run from the latest year back: a year met means every earlier one is met too.
                for (int choice = sinceChoices.length - 1; choice >= 0 && lastYear >= sinceChoices[choice]; choice--) {
                    activeSince[choice]++;
                }
            }
            if (passed == EVERY_FILTER) {
                listed[i] = true;
                total++;
            }
        }
        return listed;
    }

    private int filtersPassed(int doc) {
        int passed = 0;
        if (wantedCountries == null || anyOf(index.countries, doc, wantedCountries)) {
            passed |= COUNTRY;
        }
        if (wantedThemes == null || anyOf(index.themes, doc, wantedThemes)) {
            passed |= THEME;
        }
        if (wantedLevels == null || anyOf(index.levels, doc, wantedLevels)) {
            passed |= LEVEL;
        }
        if (wantedVerification < 0 || (wantedVerification == 1) == index.verified[doc]) {
            passed |= VERIFIED;
        }
        if (index.lastActivityYear[doc] >= wantedSince) {
            passed |= SINCE;
        }
        return passed;
    }

    /** Counts a facet's values over the organisations that pass every other filter. */
    private static void countValues(int[] docs, byte[] passes, int others, int[] counts, FacetColumn column) {
        int[] starts = column.starts();
        int[] numbers = column.numbers();
        for (int i = 0; i < docs.length; i++) {
            if ((passes[i] & others) == others) {
                for (int at = starts[docs[i]]; at < starts[docs[i] + 1]; at++) {
                    counts[numbers[at]]++;
                }
            }
        }
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

    private static Map<String, Long> sorted(List<String> values, int[] counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        IntStream.range(0, counts.length).filter(value -> counts[value] > 0).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                        : values.get(a).compareTo(values.get(b)))
                .forEach(value -> sorted.put(values.get(value), (long) counts[value]));
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

    private static boolean anyOf(FacetColumn column, int doc, boolean[] wanted) {
        for (int at = column.starts()[doc]; at < column.starts()[doc + 1]; at++) {
            if (wanted[column.numbers()[at]]) {
                return true;
            }
        }
        return false;
    }
}
