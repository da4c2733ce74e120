package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Names that look like a misspelt word, found by the trigrams they share with it. */
class NameTrigramsTest {

    private static final NameTrigrams NAMES = new NameTrigrams(new String[] {
            "coalition nationale de la societe civile pour la paix conascipal",
            "conseil national de la jeunesse",
            "reseau ouest africain pour l edification de la paix wanep"});

    @Test
    void findsAnAcronymTypedWithALetterMissing() {
        assertThat(Arrays.stream(NAMES.similarTo("conasipal")).map(NameTrigrams.Similar::doc)).containsExactly(0);
        assertThat(NAMES.similarTo("conasipal")[0].share()).isEqualTo(0.8f);
    }

    @Test
    void suggestsTheNameSharingMostOfTheTypedTrigrams() {
        assertThat(NAMES.nearest("coalition nationale societee civille")).isEqualTo(0);
        assertThat(NAMES.nearest("conseil jeunese")).isEqualTo(1);
        assertThat(NAMES.nearest("zzzz qqqq")).isEqualTo(-1);
    }

    @Test
    void takesTrigramsFromEachWordPaddedAsPgTrgmDoes() {
        assertThat(Arrays.stream(NameTrigrams.trigrams("l'eau a")).mapToObj(NameTrigramsTest::text))
                .containsExactlyInAnyOrder("  l", " l ", "  e", " ea", "eau", "au ", "  a", " a ");
    }

    static String text(long trigram) {
        return new String(new int[] {(int) (trigram >>> 42), (int) (trigram >>> 21) & 0x1FFFFF,
                (int) trigram & 0x1FFFFF}, 0, 3);
    }
}
