package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;

/** A submission that looks like a profile already published asks "is this the same organisation?". */
class PossibleDuplicatesTest extends SubmissionWebTest {

    @Autowired
    PossibleDuplicates duplicates;

    @Test
    void findsASimilarNameOrAcronymInTheSameCountryOnly() {
        assertThat(duplicates.of("Coalition nationale de la societe civile pour la paix", null, "ML"))
                .extracting(PossibleDuplicates.Match::slug)
                .contains("conascipal");
        assertThat(duplicates.of("Something else entirely", "CONASCIPAL", "ML"))
                .extracting(PossibleDuplicates.Match::slug)
                .contains("conascipal");
        assertThat(duplicates.of("Something else entirely", "CONASCIPAL", "SN")).isEmpty();
        assertThat(duplicates.of("Réseau des bergers de la vallée", null, "ML")).isEmpty();
    }

    @Test
    void asksWhetherItIsTheSameOrganisationThenLetsTheSubmitterGoOn() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Conascipal Bamako");
        form.put("organisation.acronym", List.of("CONASCIPAL"));
        form.put("organisation.countryCode", List.of("ML"));

        HttpResponse<String> warned = browser.post("/submit", form, Map.of());

        assertThat(warned.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(warned.body());
        assertThat(page.selectFirst("#duplicates-title").text()).isEqualTo("Is this the same organisation?");
        assertThat(page.select("a[href=/organisations/conascipal/suggest-edit]"))
                .hasSize(1);
        assertThat(count()).isZero();

        HttpResponse<String> goneOn = browser.post("/submit", FormSession.fieldsOf(page), Map.of());

        assertThat(goneOn.statusCode()).isEqualTo(302);
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        return jdbc.sql("select count(*) from submission where proposal ->> 'name' = 'Conascipal Bamako'")
                .query(Integer.class)
                .single();
    }
}
