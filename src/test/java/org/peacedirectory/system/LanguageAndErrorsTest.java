package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@DirectoryTest
class LanguageAndErrorsTest {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @Test
    void takesTheFirstSupportedLanguageOfTheBrowser() {
        assertThat(web.page("/", "de-DE,de;q=0.9,fr;q=0.8,en;q=0.5")
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("fr");
        assertThat(web.page("/", "de-DE").selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void offersTheSamePageInEveryLanguageFromEveryPage() {
        Document page = web.page("/countries/ml?page=1", "en");

        // The switch offers the other languages (the header fits one row from 1024 px); the head links all.
        assertThat(page.select(".language-switch a").eachAttr("href")).containsExactly("/countries/ml?page=1&lang=fr");
        assertThat(page.selectFirst(".language-switch a").attr("lang")).isEqualTo("fr");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .contains("en", "fr");
    }

    @Test
    void remembersTheLanguageChosenWithTheSwitch() {
        HttpResponse<String> switched = web.get("/organisations?lang=fr", "en");

        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=fr"));
        assertThat(switched.body()).contains("<html lang=\"fr\"");
    }

    @Test
    void ignoresAnUnsupportedLanguageInTheSwitch() {
        assertThat(web.page("/?lang=de", "en").selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void redirectsUpperCaseCountryCodesToTheCanonicalAddress() {
        HttpResponse<String> response = web.get("/countries/ML", "en");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/countries/ml"));
    }

    @Test
    void answersUnknownCountriesThemesAndAddressesWithTheSitesNotFoundPage() {
        for (String path : new String[] {"/countries/zz", "/themes/no-such-theme", "/no/such/page"}) {
            HttpResponse<String> response = web.get(path, "fr");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page introuvable").doesNotContain("Exception");
        }
    }

    @Test
    void answersAMalformedPageNumberWithAReadable400() {
        HttpResponse<String> response = web.get("/countries/ml?page=abc", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("This request could not be understood")
                .doesNotContain("Exception")
                .doesNotContain("NumberFormat");
    }

    @Test
    void showsTheHomePageWithCountsAndLinks() {
        Document page = web.page("/", "en");

        assertThat(page.selectFirst(".counts").text()).matches("\\d+ organisations from \\d+ countries\\.");
        assertThat(page.select("a[href=/organisations]")).isNotEmpty();
        assertThat(page.select("a[href^=/themes/]")).hasSize(15);
    }

    @Test
    void listsOrganisationsAlphabeticallyTwentyAPage() {
        Document page = web.page("/organisations", "en");

        assertThat(page.select(".organisation-card")).hasSizeBetween(12, 20);
        assertThat(page.select(".organisation-card a[href=/organisations/conascipal]"))
                .hasSize(1);
    }
}
