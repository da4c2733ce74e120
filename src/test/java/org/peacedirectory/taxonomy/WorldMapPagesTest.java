package org.peacedirectory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.xml.sax.InputSource;

/**
 * The maps as readers get them: the world on the home page and /countries, each country with published
 * organisations a link named by its count, the others drawn but not links; a country's page with its
 * outline and the countries where its organisations are also active. (Nu validity: HtmlValidityTest; axe
 * and 320 px screens: the browser tests.)
 */
@DirectoryTest
class WorldMapPagesTest {

    private static final Pattern LISTED = Pattern.compile("^(.+) \\((\\d+)\\)$");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/, en", "/, fr", "/countries, en", "/countries, fr"})
    void everyCountryWithOrganisationsIsALinkNamedByItsCountAndNoOtherIs(String path, String language) {
        Map<String, String> expected = new LinkedHashMap<>();
        Locale locale = Locale.forLanguageTag(language);
        countryCounts(language)
                .forEach((href, named) -> expected.put(
                        href, messages.getMessage("map.country", new Object[] {named.name(), named.count()}, locale)));

        Element map = page(path, language).selectFirst("svg.map-world");

        assertThat(map).as("the world map on " + path).isNotNull();
        Map<String, String> links = new LinkedHashMap<>();
        for (Element link : map.select("a")) {
            assertThat(link.getElementsByTag("title")).hasSize(1);
            assertThat(link.getElementsByTag("path").attr("d")).isNotBlank();
            links.put(link.attr("href"), link.getElementsByTag("title").text());
        }
        assertThat(expected).as("demo countries with organisations").containsKey("/countries/ml");
        assertThat(links).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(map.select("a[href=/countries/ca], a[href=/countries/br]"))
                .as("countries without organisations are not links")
                .isEmpty();
        assertThat(map.select(".map-land > path"))
                .as("the land without organisations, drawn")
                .hasSizeGreaterThan(100);
        assertThat(map.select("[tabindex]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/countries"})
    void theWorldMapWeighsLessThan40KilobytesAsSent(String path) {
        String html = web.get(path, "fr").body();
        int start = html.indexOf("<svg class=\"map-world\"");
        int end = html.indexOf("</svg>", start);

        assertThat(start).isPositive();
        assertThat(end - start).isLessThan(40 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMapLinkSaysOneOrganisationOrSeveral(String language) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(messages.getMessage("map.country", new Object[] {"Mali", 1L}, locale))
                .isEqualTo("Mali, 1 organisation");
        assertThat(messages.getMessage("map.country", new Object[] {"Mali", 6L}, locale))
                .isEqualTo("Mali, 6 organisations");
        assertThat(messages.getMessage("map.country", new Object[] {"Mali", 1200L}, locale))
                .matches("Mali, 1\\D?200 organisations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/countries", "/countries/ml"})
    void theMapIsWellFormedSvgWithATitleAndACredit(String path) throws Exception {
        Document page = page(path, "en");
        Element svg = page.selectFirst("figure.map > svg");

        assertThat(svg).as("a map on " + path).isNotNull();
        assertThat(svg.attr("viewBox")).matches("\\d+ \\d+ \\d+ \\d+");
        Element title = svg.children().first();
        assertThat(title).isNotNull();
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.text()).isNotBlank();
        assertThat(svg.attr("aria-labelledby")).isEqualTo(title.id());
        assertThat(page.select("figure.map .map-credit").text()).contains("Natural Earth");
        // The drawing on its own, as an SVG file would hold it: well-formed XML in the SVG namespace.
        String xml = svg.outerHtml().replaceFirst("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document parsed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCountryPageShowsItsOutlineAndWhereItsOrganisationsAreAlsoActive(String language) {
        Document page = page("/countries/ml", language);
        Element map = page.selectFirst("svg.map-country");

        assertThat(map).isNotNull();
        assertThat(map.attr("role")).isEqualTo("img");
        assertThat(map.select("path.map-here").attr("d")).startsWith("M");
        assertThat(map.select("a")).as("one picture: no links inside").isEmpty();
        // Organisations of Mali also work in Burkina Faso, Niger, Senegal... (demo data): hatched, and listed.
        assertThat(map.select(".map-also > path")).hasSizeGreaterThanOrEqualTo(3);
        List<String> also = page.select(".map-also-list a").eachAttr("href");
        assertThat(also)
                .contains("/countries/bf", "/countries/ne", "/countries/sn")
                .doesNotContain("/countries/ml");
        assertThat(page.select(".map-also-list a").first().text()).matches(LISTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/countries/aq", "/countries/ca"})
    void aCountryWithoutOrganisationsOrNotOnTheMapStillHasItsPage(String path) {
        Document page = page(path, "en");

        assertThat(page.select(".map-also-list")).isEmpty();
        assertThat(page.select("svg.map-country")).hasSize(path.endsWith("ca") ? 1 : 0);
    }

    private Document page(String path, String language) {
        assertThat(web.get(path, language).statusCode()).as(path).isEqualTo(200);
        return web.page(path, language);
    }

    record Named(String name, long count) {}

    /** The countries that /countries lists, by link, with their names and counts ("Mali (6)"). */
    private Map<String, Named> countryCounts(String language) {
        Elements links = web.page("/countries", language).select("main section .chips a");
        Map<String, Named> counts = new LinkedHashMap<>();
        for (Element link : links) {
            Matcher listed = LISTED.matcher(link.text());
            assertThat(listed.matches()).as(link.text()).isTrue();
            counts.put(link.attr("href"), new Named(listed.group(1), Long.parseLong(listed.group(2))));
        }
        assertThat(counts).isNotEmpty();
        return counts;
    }
}
