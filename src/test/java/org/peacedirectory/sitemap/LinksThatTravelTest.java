package org.peacedirectory.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What search engines and link previews read: canonical URLs, descriptions, JSON-LD, sitemap, robots. */
@DirectoryTest
class LinksThatTravelTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @Test
    void describesTheReferenceProfileInJsonLdThatMatchesThePage() {
        Document page = web.page("/organisations/conascipal", "en");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        JsonNode ngo = json.get("mainEntity");

        assertThat(json.get("@type").asString()).isEqualTo("ProfilePage");
        assertThat(ngo.get("@type").asString()).isEqualTo("NGO");
        assertThat(ngo.get("name").asString())
                .isEqualTo(page.selectFirst("h1 span").text());
        assertThat(ngo.get("alternateName").asString()).isEqualTo("CONASCIPAL");
        assertThat(ngo.get("description").asString())
                .isEqualTo(page.selectFirst(".summary").text());
        assertThat(ngo.get("foundingDate").asString()).isEqualTo("1999");
        assertThat(ngo.get("address").get("addressCountry").asString()).isEqualTo("ML");
        assertThat(ngo.get("address").get("addressLocality").asString()).isEqualTo("Bamako");
        assertThat(ngo.get("url").asString())
                .isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"))
                .endsWith("/organisations/conascipal");
        assertThat(ngo.get("knowsAbout").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(page.select(".facts .chips a").eachText());
        assertThat(ngo.get("memberOf")
                        .valueStream()
                        .map(member -> member.get("name").asString())
                        .toList())
                .containsExactlyInAnyOrder(
                        "West Africa Action Network on Small Arms", "International Action Network on Small Arms");
        assertThat(ngo.get("areaServed").get(0).get("name").asString()).isEqualTo("Mali");
    }

    @Test
    void givesEveryPageADescriptionAndOpenGraphTags() {
        Document profile = web.page("/organisations/conascipal", "fr");

        assertThat(profile.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo(profile.selectFirst(".summary").text());
        assertThat(profile.selectFirst("meta[property=og:title]").attr("content"))
                .startsWith("CONASCIPAL");
        assertThat(profile.selectFirst("meta[property=og:url]").attr("content")).endsWith("/organisations/conascipal");
        assertThat(profile.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "fr");
        assertThat(web.page("/", "en").selectFirst("meta[name=description]").attr("content"))
                .isNotBlank();
    }

    @Test
    void listsEveryPublishedProfileCountryAndThemeInTheSitemap() {
        HttpResponse<String> response = web.get("/sitemap.xml", "en");
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        List<String> published = jdbc.sql("select slug from organisation where publication_status = 'PUBLISHED'")
                .query(String.class)
                .list();
        assertThat(locations.stream()
                        .filter(location -> location.contains("/organisations/"))
                        .map(location -> location.substring(location.lastIndexOf('/') + 1))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(locations)
                .anyMatch(location -> location.endsWith("/countries/ml"))
                .anyMatch(location -> location.endsWith("/themes/small-arms-control"))
                .noneMatch(location -> location.contains("/moderation") || location.contains("/submissions"));
    }

    @Test
    void keepsModerationAndSubmissionsOutOfSearchEngines() {
        String robots = web.get("/robots.txt", "en").body();

        assertThat(robots.lines())
                .contains("User-agent: *", "Disallow: /moderation", "Disallow: /submissions")
                .anyMatch(line -> line.startsWith("Sitemap: http://") && line.endsWith("/sitemap.xml"));
    }

    @Test
    void groupsCountriesByRegionWithCountsAndListsThemesWithCounts() {
        Document countries = web.page("/countries", "fr");
        long inMali = jdbc.sql(
                        "select count(*) from organisation where publication_status = 'PUBLISHED' and 'ML' = any(country_codes)")
                .query(Long.class)
                .single();

        assertThat(countries.select("h2").eachText()).contains("Afrique", "Amériques");
        assertThat(countries.selectFirst(".chips a[href=/countries/ml]").text()).isEqualTo("Mali (" + inMali + ")");
        Document themes = web.page("/themes", "en");
        assertThat(themes.select(".theme-index h2 a")).hasSize(15);
        for (String path : List.of("/countries", "/themes")) {
            for (String language : List.of("en", "fr")) {
                assertThat(checker.errorsIn(web.get(path, language).body()))
                        .as(path + " " + language)
                        .isEmpty();
            }
        }
    }
}
