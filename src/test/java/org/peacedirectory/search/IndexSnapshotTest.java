package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacedirectory.search.IndexSnapshot.Matches;
import org.peacedirectory.search.IndexedOrganisation.Lexeme;

/** The in-memory index answers as PostgreSQL's full-text match would, and ranks as readers expect. */
class IndexSnapshotTest {

    @Test
    void readsTheLexemesOfATsvectorAsPostgresqlWritesIt() {
        List<Lexeme> lexemes = IndexedOrganisation.lexemes(
                "'1999':63B,97B,122C 'abuja':532 'armes':17A,36A,78B 'it''s':4C 'back\\\\slash':9 'bare'");

        assertThat(lexemes).containsExactly(
                new Lexeme("1999", 2, 3),
                new Lexeme("abuja", 0, 1),
                new Lexeme("armes", 3, 3),
                new Lexeme("it's", 1, 1),
                new Lexeme("back\\slash", 0, 1),
                new Lexeme("bare", 0, 1));
    }

    @Test
    void findsOrganisationsWithEveryWordEachAsTheBeginningOfAWord() {
        IndexSnapshot index = IndexSnapshot.of(List.of(
                organisation(10, 0, "'armes':1A 'legeres':2A"),
                organisation(20, 1, "'armed':1C 'groups':2C"),
                organisation(30, 2, "'legal':1B")));

        assertThat(ids(index, index.matching(List.of("arm")))).containsExactly(10L, 20L);
        assertThat(ids(index, index.matching(List.of("arm", "leg")))).containsExactly(10L);
        assertThat(ids(index, index.matching(List.of("armes", "groups")))).isEmpty();
        assertThat(ids(index, index.matching(List.of("zebra")))).isEmpty();
    }

    @Test
    void ranksANameAboveASummaryAndAWholeWordAboveABeginning() {
        IndexSnapshot index = IndexSnapshot.of(List.of(
                organisation(1, 0, "'mediation':1D,2D,3D"),
                organisation(2, 1, "'mediation':1B"),
                organisation(3, 2, "'mediation':1A"),
                organisation(4, 3, "'mediations':1A")));
        Matches matches = index.matching(List.of("mediation"));

        assertThat(index.page(matches.docs(), matches.scores(), SearchQuery.Sort.RELEVANCE, 0, 10))
                .containsExactly(3L, 4L, 2L, 1L);
    }

    @Test
    void scoresEachOrganisationByTheBestOfItsWordsWithThePrefixAmongFewOrManyOrganisations() {
        for (int size : new int[] {3, 200}) {
            List<IndexedOrganisation> organisations = new java.util.ArrayList<>();
            organisations.add(organisation(1, 0, "'peace':1C 'peacebuilding':2A"));
            organisations.add(organisation(2, 1, "'peaceful':1B"));
            for (int i = 2; i < size; i++) {
                organisations.add(organisation(i + 1, i, "'other':1A"));
            }
            IndexSnapshot index = IndexSnapshot.of(organisations);
            Matches matches = index.matching(List.of("peace"));

            assertThat(ids(index, matches)).as("among %d", size).containsExactly(1L, 2L);
            assertThat(matches.scores()[0]).as("its name's word, though only begun").isGreaterThan(matches.scores()[1]);
        }
    }

    @Test
    void pagesInNameOrderOrMostRecentlyUpdatedFirst() {
        IndexSnapshot index = IndexSnapshot.of(List.of(
                new IndexedOrganisation(7, "G", "g", 2, 1, List.of(), List.of(), List.of(), List.of(), false, 0),
                new IndexedOrganisation(5, "E", "e", 0, 1, List.of(), List.of(), List.of(), List.of(), false, 0),
                new IndexedOrganisation(6, "F", "f", 1, 1, List.of(), List.of(), List.of(), List.of(), false, 0)));
        Matches all = index.all();

        assertThat(index.page(all.docs(), null, SearchQuery.Sort.NAME, 1, 10)).containsExactly(5L, 6L);
        assertThat(index.page(all.docs(), null, SearchQuery.Sort.UPDATED, 0, 2)).containsExactly(5L, 6L);
        assertThat(index.page(all.docs(), null, SearchQuery.Sort.UPDATED, 3, 2)).isEmpty();
    }

    private static IndexedOrganisation organisation(long id, int updateRank, String tsvector) {
        return new IndexedOrganisation(id, "Name " + id, "name " + id, updateRank, 1, IndexedOrganisation.lexemes(tsvector), List.of(), List.of(),
                List.of(), false, 0);
    }

    private static List<Long> ids(IndexSnapshot index, Matches matches) {
        return java.util.Arrays.stream(matches.docs()).mapToObj(index::id).toList();
    }
}
