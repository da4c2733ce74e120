package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacedirectory.search.OrganisationSearch.Facet;

/** Facet counts as readers need them: each facet counted with every filter but its own. */
class FacetCounterTest {

    private static final IndexSnapshot INDEX = IndexSnapshot.of(List.of(
            organisation(1, List.of("ML", "SN"), List.of("small-arms-control"), List.of("LOCAL", "NATIONAL"), true, 2021),
            organisation(2, List.of("ML"), List.of("peace-education"), List.of("LOCAL"), false, 2012),
            organisation(3, List.of("SN"), List.of("small-arms-control", "peace-education"), List.of("INTERNATIONAL"),
                    false, 0),
            organisation(4, List.of("NE"), List.of(), List.of("NATIONAL"), true, 2016)));

    @Test
    void countsEveryValueWithoutFilters() {
        FacetCounter counter = count(new SearchQuery("x", null, null, null, null, null, null, 1));

        assertThat(counter.total()).isEqualTo(4);
        Map<Facet, Map<String, Long>> facets = counter.facets();
        assertThat(facets.get(Facet.COUNTRY)).containsExactly(Map.entry("ML", 2L), Map.entry("SN", 2L),
                Map.entry("NE", 1L));
        assertThat(facets.get(Facet.THEME)).containsOnly(Map.entry("small-arms-control", 2L),
                Map.entry("peace-education", 2L));
        assertThat(facets.get(Facet.VERIFICATION)).containsOnly(Map.entry("VERIFIED", 2L),
                Map.entry("NOT_VERIFIED", 2L));
        assertThat(facets.get(Facet.ACTIVE_SINCE)).containsOnly(Map.entry("2020", 1L), Map.entry("2015", 2L),
                Map.entry("2010", 3L), Map.entry("2005", 3L), Map.entry("2000", 3L));
    }

    @Test
    void countsEachFacetWithEveryFilterButItsOwn() {
        FacetCounter counter = count(new SearchQuery("x", List.of("ml"), null, false, null, null, null, 1));

        assertThat(counter.total()).as("in Mali and not verified").isEqualTo(1);
        Map<Facet, Map<String, Long>> facets = counter.facets();
        assertThat(facets.get(Facet.COUNTRY)).as("not verified, any country")
                .containsOnly(Map.entry("ML", 1L), Map.entry("SN", 1L));
        assertThat(facets.get(Facet.VERIFICATION)).as("in Mali, any status")
                .containsOnly(Map.entry("VERIFIED", 1L), Map.entry("NOT_VERIFIED", 1L));
        assertThat(facets.get(Facet.THEME)).as("in Mali and not verified").containsOnly(
                Map.entry("peace-education", 1L));
    }

    @Test
    void keepsAChosenCountryBeyondTheTwentyWithMostOrganisations() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            counts.put("C" + (char) ('A' + i), 100L - i);
        }

        Map<String, Long> shown = SearchPage.top(counts, List.of("CY"));

        assertThat(shown).hasSize(21).containsEntry("CY", 76L).containsEntry("CA", 100L).doesNotContainKey("CX");
    }

    @Test
    void saysWhichOrganisationsPassEveryFilter() {
        FacetCounter counter = new FacetCounter(INDEX, new SearchQuery("x", List.of("sn"), null, null, null, 2015,
                null, 1));

        boolean[] listed = counter.add(new int[] {0, 1, 2, 3});

        assertThat(listed).containsExactly(true, false, false, false);
    }

    private static FacetCounter count(SearchQuery query) {
        FacetCounter counter = new FacetCounter(INDEX, query);
        counter.add(new int[] {0, 1, 2, 3});
        return counter;
    }

    private static IndexedOrganisation organisation(long id, List<String> countries, List<String> themes,
            List<String> levels, boolean verified, int lastActivityYear) {
        return new IndexedOrganisation(id, "Name " + id, "name " + id, (int) id - 1, 1, List.of(), countries, themes, levels, verified,
                lastActivityYear);
    }
}
