package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2005, 2005",
        "2000-04, 2000-04",
        "2000-4, 2000-04",
        "2000-04-12, 2000-04-12",
        "2002/2003, 2002/2003",
        "2002-2003, 2002/2003",
        "2002–2003, 2002/2003",
        "' 2002 - 2003 ', 2002/2003",
        "1999-04/2001-06, 1999-04/2001-06",
        "2005/2005, 2005"
    })
    void normalisesEdtfAndYearRangesToEdtfLevelZero(String input, String edtf) {
        assertThat(PartialDate.parse(input).edtf()).isEqualTo(edtf);
    }

    @ParameterizedTest
    @CsvSource({
        "04/2000, 2000-04",
        "4/2000, 2000-04",
        "12/04/2000, 2000-04-12",
        "avril 2000, 2000-04",
        "Avril 2000, 2000-04",
        "April 2000, 2000-04",
        "Apr. 2000, 2000-04",
        "février 2001, 2001-02",
        "fevrier 2001, 2001-02",
        "août 1999, 1999-08",
        "1er avril 2000, 2000-04-01",
        "12 April 2000, 2000-04-12",
        "avril 2000 – mai 2001, 2000-04/2001-05",
        "April 2000 to May 2001, 2000-04/2001-05",
        "avril 2000 à mai 2001, 2000-04/2001-05",
        "04/2000 - 06/2000, 2000-04/2000-06"
    })
    void readsDatesTheWayPeopleWriteThem(String input, String edtf) {
        assertThat(PartialDate.parse(input).edtf()).isEqualTo(edtf);
    }

    @Test
    void derivesTheFirstAndLastPossibleDays() {
        assertThat(PartialDate.parse("2005").lowerBound()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(PartialDate.parse("2005").upperBound()).isEqualTo(LocalDate.of(2005, 12, 31));
        assertThat(PartialDate.parse("2000-02").upperBound()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(PartialDate.parse("2002/2003").lowerBound()).isEqualTo(LocalDate.of(2002, 1, 1));
        assertThat(PartialDate.parse("2002/2003").upperBound()).isEqualTo(LocalDate.of(2003, 12, 31));
    }

    @ParameterizedTest
    @CsvSource({
        "2003/2002, partialDate.endBeforeStart",
        "1999-13, partialDate.noSuchMonth",
        "13/1999, partialDate.noSuchMonth",
        "31/02/2000, partialDate.noSuchDay",
        "brumaire 2000, partialDate.unreadable",
        "mai 2001 – avril 2000, partialDate.endBeforeStart",
        "1999-00, partialDate.noSuchMonth",
        "2001-02-29, partialDate.noSuchDay",
        "avril, partialDate.unreadable",
        "99, partialDate.unreadable",
        "2000-04-, partialDate.unreadable",
        "'   ', partialDate.empty"
    })
    void rejectsWhatIsNotADateWithAMessageSayingWhy(String input, String code) {
        assertThatThrownBy(() -> PartialDate.parse(input))
                .isInstanceOfSatisfying(InvalidPartialDateException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(code);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void explainsAnInvertedRangeInPlainWords() {
        assertThatThrownBy(() -> PartialDate.parse("2003/2002")).hasMessage("\"2003/2002\" ends before it starts.");
    }

    @ParameterizedTest
    @CsvSource({
        "2005, en, 2005",
        "2000-04, en, April 2000",
        "2000-04, fr, avril 2000",
        "2002/2003, en, 2002–2003",
        "2002/2003, fr, 2002–2003",
        "2000-04-12, en, 12 April 2000",
        "2000-04-01, fr, 1er avril 2000",
        "1999-04/2001-06, en, April 1999 – June 2001",
        "2016-09, fr, septembre 2016"
    })
    void formatsForTheReadersLanguage(String edtf, String language, String written) {
        assertThat(PartialDate.parse(edtf).format(Locale.forLanguageTag(language)))
                .isEqualTo(written);
    }

    @Test
    void ordersByFirstPossibleDayThenLastWhateverTheInputOrder() {
        List<String> chronological = List.of(
                "1999", "1999-04", "1999-05", "2000-04", "2002/2003", "2002-07", "2003", "2003-07", "2003-10-02");
        List<PartialDate> shuffled =
                new ArrayList<>(chronological.stream().map(PartialDate::parse).toList());
        Collections.shuffle(shuffled, new Random(42));

        Collections.sort(shuffled);

        assertThat(shuffled).extracting(PartialDate::edtf).containsExactlyElementsOf(chronological);
    }
}
