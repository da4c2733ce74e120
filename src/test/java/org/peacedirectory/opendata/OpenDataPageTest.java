package org.peacedirectory.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.system.DataLicence;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The open-data page over real HTTP: the licence it names is the exports', and every address it gives answers. */
@DirectoryTest
class OpenDataPageTest {

    /** Follows redirects, as a browser does (the API's page leads to Swagger UI's). */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void namesTheLicenceOfTheExportsAndHowToCite(String language) {
        Document page = new WebClient(port).page("/open-data", language);

        Element licence = page.selectFirst("a[rel=license]");
        assertThat(licence).isNotNull();
        assertThat(licence.attr("href")).isEqualTo(DataLicence.URL);
        assertThat(page.select("main").text())
                .contains(DataLicence.NAME)
                .contains("http://localhost:" + port + "/organisations?country=ml");
        assertThat(page.select("footer a[href=/open-data]")).hasSize(1);
    }

    /** The status a browser gets following the link: it accepts anything, HTML first. */
    private int followedByABrowser(String address, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", language)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyAddressItGivesAnswers(String language) throws Exception {
        WebClient web = new WebClient(port);
        Document page = web.page("/open-data", language);

        var addresses = page.select("table a[href]").eachAttr("href");
        assertThat(addresses)
                .contains(
                        "/api/v1/organisations",
                        "/api/v1/docs.html",
                        "/api/v1/openapi.json",
                        "/api/hsds/organizations",
                        "/api/hsds/datapackage.zip",
                        "/organisations.csv?country=ml",
                        "/feeds/new.atom");
        for (String address : addresses) {
            assertThat(URI.create(address).isAbsolute()).as(address).isFalse();
            assertThat(followedByABrowser(address, language)).as(address).isEqualTo(200);
        }
    }
}
