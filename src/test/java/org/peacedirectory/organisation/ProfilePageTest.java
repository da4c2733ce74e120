package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@DirectoryTest
class ProfilePageTest {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @Test
    void showsTheReferenceProfileSectionsInTheOrderOfTheReferencePage() {
        Document page = web.page("/organisations/conascipal", "en");

        List<String> order = List.of(
                ".profile-header h1",
                ".summary",
                ".facts-panel .profile-logo img",
                ".facts-panel .verification .badge",
                ".facts-panel .facts a[href=\"/countries/ml\"]",
                ".facts-panel .facts a[href=\"/networks/iansa\"]",
                ".facts-panel .last-updated",
                ".description",
                "#timeline-national",
                "#timeline-international",
                ".explore a[href=\"/countries/ml\"]",
                ".explore a[href=\"/themes/small-arms-control\"]",
                ".explore a[href=\"/organisations/conascipal/suggest-edit\"]",
                ".explore a[href=\"/submit\"]",
                ".related",
                ".report-problem a[href=\"/organisations/conascipal/report\"]");
        List<Integer> positions =
                order.stream().map(selector -> position(page, selector)).toList();

        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(page.selectFirst("h1").text()).contains("CONASCIPAL");
        assertThat(page.selectFirst(".badge").text()).isEqualTo("Not yet verified");
        assertThat(page.selectFirst(".last-updated").text()).isEqualTo("Last updated: September 2016");
        assertThat(page.select("a[href=/organisations/conascipal/report]"))
                .as("one link to report a problem")
                .hasSize(1);
    }

    @Test
    void listsNationalActivitiesChronologicallyWithTheRangeAsOneEntry() {
        Document page = web.page("/organisations/conascipal", "en");

        List<String> dates =
                page.select("#timeline-national ~ ol .timeline-date").eachText();

        assertThat(dates)
                .containsExactly(
                        "April 1999", "May 1999", "April 2000", "2002–2003", "2005", "2007", "2010", "December 2010");
    }

    @Test
    void putsUndatedInternationalActivitiesLast() {
        Document page = web.page("/organisations/conascipal", "en");

        List<String> dates =
                page.select("#timeline-international ~ ol .timeline-date").eachText();

        assertThat(dates).hasSize(7).endsWith("Date unknown", "Date unknown");
        assertThat(dates.subList(0, 5))
                .containsExactly("November 2000", "July 2002", "July 2003", "October 2003", "November 2003");
    }

    @Test
    void speaksFrenchToFrenchReadersInInterfaceAndProse() {
        Document page = web.page("/organisations/conascipal", "fr-FR,fr;q=0.9,en;q=0.5");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst(".badge").text()).isEqualTo("Pas encore vérifiée");
        assertThat(page.selectFirst(".last-updated").text()).isEqualTo("Dernière mise à jour : septembre 2016");
        assertThat(page.selectFirst("h1 span").text()).startsWith("Coalition Nationale de la Société Civile");
        assertThat(page.selectFirst(".summary").attr("lang")).isEqualTo("fr");
        assertThat(page.select("#timeline-national ~ ol .timeline-date").eachText())
                .startsWith("avril 1999", "mai 1999");
        assertThat(page.select(".language-note")).isEmpty();
    }

    @Test
    void speaksEnglishToEnglishReadersAndMarksFrenchActivitiesAsFrench() {
        Document page = web.page("/organisations/conascipal", "en-GB,en;q=0.9");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1 span").text())
                .isEqualTo("National Civil Society Coalition for Peace and against the Proliferation of Small Arms");
        assertThat(page.selectFirst(".summary").attr("lang")).isEqualTo("en");
        assertThat(page.select(".timeline-text").eachAttr("lang")).hasSize(15).containsOnly("fr");
    }

    @Test
    void fallsBackToTheSourceLanguageAndSaysWhichLanguagesTheTextExistsIn() {
        Document page = web.page("/organisations/fondation-fromager-reconciliation", "en");

        Element summary = page.selectFirst(".summary");
        assertThat(summary.attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst(".language-note").text())
                .isEqualTo("Shown in French: not yet translated into English. Available in: French");
    }

    @Test
    void saysWhyEachRelatedOrganisationIsRelated() {
        Document page = web.page("/organisations/conascipal", "en");

        List<String> reasons = page.select(".related .related-reason").eachText();

        assertThat(reasons)
                .hasSize(page.select(".related .organisation-card").size())
                .isNotEmpty();
        assertThat(reasons)
                .allMatch(reason -> reason.startsWith("Also works in ")
                        || reason.startsWith("Also works on ")
                        || reason.startsWith("Also a member of "));
        assertThat(reasons).anyMatch(reason -> reason.startsWith("Also works in Mali on "));
    }

    @Test
    void answersAnUnknownSlugWithTheSitesOwnNotFoundPage() {
        HttpResponse<String> response = web.get("/organisations/no-such-organisation", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found")
                .contains("href=\"/organisations\"")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    private static int position(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? -1 : page.getAllElements().indexOf(element);
    }
}
