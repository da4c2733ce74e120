package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacedirectory.organisation.VerificationLevel;

/** The list's {@code verified} parameter: a level, or any confirmed one as links made before the levels say. */
class VerificationFilterTest {

    @Test
    void readsTheLevelsAndTheAddressesMadeBeforeThem() {
        assertThat(VerificationFilter.parse("true")).isEqualTo(VerificationFilter.CONFIRMED);
        assertThat(VerificationFilter.CONFIRMED.levels)
                .containsExactly(VerificationLevel.EXISTENCE_CONFIRMED, VerificationLevel.CONFIRMED_BY_ORGANISATION);
        assertThat(VerificationFilter.parse("false")).isEqualTo(VerificationFilter.NOT_YET_VERIFIED);
        assertThat(VerificationFilter.parse("existence-confirmed")).isEqualTo(VerificationFilter.EXISTENCE_CONFIRMED);
        assertThat(VerificationFilter.parse("CONFIRMED_BY_ORGANISATION"))
                .isEqualTo(VerificationFilter.CONFIRMED_BY_ORGANISATION);
        assertThat(VerificationFilter.parse(" Not-Yet-Verified ")).isEqualTo(VerificationFilter.NOT_YET_VERIFIED);
    }

    @Test
    void takesAnythingElseForNoFilterSoThatALinkStillOpens() {
        assertThat(VerificationFilter.parse(null)).isNull();
        assertThat(VerificationFilter.parse("")).isNull();
        assertThat(VerificationFilter.parse("yes")).isNull();
        assertThat(VerificationFilter.parse("VERIFIED")).isNull();
    }
}
