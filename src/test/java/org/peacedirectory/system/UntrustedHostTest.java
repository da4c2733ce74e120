package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.RawHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Absolute links come from the configured base address ({@code directory.base-url}; in tests the default,
 * {@code http://localhost:} and the port), never from a Host or forwarding header a client made up: such a
 * header could otherwise plant another site's address in pages, caches and search engines. (The mail and
 * the thank-you page are checked in SubmissionMailTest.)
 */
@DirectoryTest
class UntrustedHostTest {

    private static final String[] FORGED = {
        "Host: evil.example",
        "X-Forwarded-Host: evil.example",
        "X-Forwarded-Proto: https",
        "Forwarded: host=evil.example;proto=https",
        "Accept: text/html"
    };

    @LocalServerPort
    int port;

    @Test
    void neverPutsAForgedHostIntoPagesSitemapRobotsOrRedirects() {
        for (String path : List.of(
                "/organisations/conascipal",
                "/organisations",
                "/",
                "/countries/ml",
                "/themes",
                "/sitemap.xml",
                "/robots.txt",
                "/no/such/page",
                "/countries/ML?q=paix",
                "/moderation",
                "/submit")) {
            RawHttp.Response response = RawHttp.get(port, path, FORGED);

            assertThat(response.status()).as(path).isLessThan(500);
            assertThat(response.head() + response.body()).as(path).doesNotContain("evil.example");
        }
    }

    @Test
    void givesTheConfiguredAddressInCanonicalLinksOpenGraphJsonLdSitemapAndRobots() {
        String site = "http://localhost:" + port;

        Document profile = Jsoup.parse(
                RawHttp.get(port, "/organisations/conascipal", FORGED).body());
        assertThat(profile.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(site + "/organisations/conascipal");
        assertThat(profile.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo(site + "/organisations/conascipal");
        assertThat(profile.select("link[rel=alternate][hreflang]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith(site + "/organisations/conascipal?"));
        assertThat(profile.selectFirst("script[type=application/ld+json]").data())
                .contains("\"url\":\"" + site + "/organisations/conascipal\"");
        assertThat(RawHttp.get(port, "/sitemap.xml", FORGED).body())
                .contains("<loc>" + site + "/organisations/conascipal</loc>");
        assertThat(RawHttp.get(port, "/robots.txt", FORGED).body()).contains("Sitemap: " + site + "/sitemap.xml");
    }
}
