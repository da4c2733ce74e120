package org.peacedirectory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data API over real HTTP, on the demo data in real PostgreSQL. */
@DirectoryTest
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiLimit limit;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyAddressMayAsk() {
        limit.clear();
    }

    @Test
    void givesTheReferenceProfileWithBothTimelinesInTheSeedsOrder() throws Exception {
        HttpResponse<String> response = get("/api/v1/organisations/conascipal", "en", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().allValues("Link")).contains(DataLicence.LINK_HEADER);
        JsonNode profile = JSON.readTree(response.body());
        Map<String, Object> stored = jdbc.sql("""
                select name, acronym, founding_year, country_code, source_language from organisation
                where slug = 'conascipal'""").query().singleRow();
        assertThat(profile.get("name").asString()).isEqualTo(stored.get("name"));
        assertThat(profile.get("acronym").asString()).isEqualTo(stored.get("acronym"));
        assertThat(profile.get("founded").asInt()).isEqualTo(stored.get("founding_year"));
        assertThat(profile.get("country").asString()).isEqualTo(stored.get("country_code"));
        assertThat(profile.get("language").asString()).isEqualTo(stored.get("source_language"));
        assertThat(profile.get("url").asString()).isEqualTo("http://localhost:" + port + "/organisations/conascipal");
        List<String> activities = jdbc.sql("""
                select a.level || ' ' || coalesce(a.date_edtf, '') || ' ' || a.text from activity a
                join organisation o on o.id = a.organisation_id where o.slug = 'conascipal' order by a.position""").query(String.class).list();
        assertThat(StreamSupport.stream(profile.get("activities").spliterator(), false)
                        .map(activity -> activity.get("level").asString() + " "
                                + (activity.get("date").isNull()
                                        ? ""
                                        : activity.get("date").asString()) + " "
                                + activity.get("text").asString())
                        .toList())
                .isNotEmpty()
                .containsExactlyElementsOf(activities);
        assertThat(profile.get("activities")
                        .valueStream()
                        .map(a -> a.get("level").asString()))
                .contains("NATIONAL", "INTERNATIONAL");
        assertThat(profile.get("summary").propertyNames()).contains("fr", "en");
        assertThat(profile.get("networks")
                        .valueStream()
                        .map(n -> n.get("acronym").asString()))
                .contains("WAANSA", "IANSA");
        assertThat(profile.get("licence").get("name").asString()).isEqualTo(DataLicence.NAME);
    }

    @Test
    void listsWhatTheSearchPageShowsWithTheSameCount() throws Exception {
        String query = "?q=armes&country=ml";
        List<String> onThePage = new WebClient(port)
                .page("/organisations" + query, "fr").select(".results .card-title a").eachAttr("href").stream()
                        .map(href -> href.substring(href.lastIndexOf('/') + 1))
                        .toList();
        String count = new WebClient(port)
                .page("/organisations" + query, "fr")
                .selectFirst(".result-count")
                .text();

        JsonNode list = JSON.readTree(
                get("/api/v1/organisations" + query, "fr", Map.of()).body());

        assertThat(onThePage).isNotEmpty();
        assertThat(list.get("items").valueStream().map(item -> item.get("slug").asString()))
                .containsExactlyElementsOf(onThePage);
        assertThat(count).contains(list.get("total").asString());
        assertThat(list.get("items").get(0).get("apiUrl").asString())
                .isEqualTo("http://localhost:" + port + "/api/v1/organisations/" + onThePage.get(0));
    }

    @Test
    void pagesThroughTheListWithLinkHeaders() throws Exception {
        List<String> all = slugs(JSON.readTree(
                get("/api/v1/organisations?size=100", "en", Map.of()).body()));

        HttpResponse<String> second = get("/api/v1/organisations?size=2&page=2&sort=name", "en", Map.of());

        assertThat(slugs(JSON.readTree(second.body()))).containsExactlyElementsOf(all.subList(2, 4));
        long last = (all.size() + 1) / 2;
        String base = "http://localhost:" + port + "/api/v1/organisations?size=2&sort=name&page=";
        assertThat(second.headers().allValues("Link"))
                .containsExactlyInAnyOrder(
                        DataLicence.LINK_HEADER,
                        "<" + base + "1>; rel=\"first\"",
                        "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"",
                        "<" + base + last + ">; rel=\"last\"");
    }

    @Test
    void answersBadPagingAndUnknownProfilesWithProblemDetails() throws Exception {
        for (String path : List.of(
                "/api/v1/organisations?size=101", "/api/v1/organisations?page=0", "/api/v1/organisations?page=abc")) {
            HttpResponse<String> refused = get(path, "en", Map.of());
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertProblem(refused, 400);
        }
        HttpResponse<String> missing = get("/api/v1/organisations/no-such-organisation", "en", Map.of());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblem(missing, 404);
    }

    @Test
    void givesCountriesThemesAndNetworksInBothLanguages() throws Exception {
        JsonNode countries =
                JSON.readTree(get("/api/v1/countries", "en", Map.of()).body());
        JsonNode themes = JSON.readTree(get("/api/v1/themes", "en", Map.of()).body());
        JsonNode networks =
                JSON.readTree(get("/api/v1/networks", "en", Map.of()).body());

        assertThat(countries.get("items").size())
                .isEqualTo(jdbc.sql("select count(*) from country")
                        .query(Integer.class)
                        .single());
        JsonNode mali = countries
                .get("items")
                .valueStream()
                .filter(country -> country.get("code").asString().equals("ML"))
                .findFirst()
                .orElseThrow();
        assertThat(mali.get("name").get("fr").asString()).isEqualTo("Mali");
        assertThat(mali.get("url").asString()).endsWith("/countries/ml");
        assertThat(themes.get("items")
                        .valueStream()
                        .map(theme -> theme.get("slug").asString()))
                .containsExactlyElementsOf(jdbc.sql("select slug from theme order by position")
                        .query(String.class)
                        .list());
        assertThat(networks.get("items")
                        .valueStream()
                        .map(network -> network.get("acronym").asString()))
                .contains("WAANSA", "IANSA");
    }

    @Test
    void letsAnyWebPageReadItAndNamesTheLicenceOnEveryAnswer() throws Exception {
        for (int time = 1; time <= 2; time++) { // rendered, then from the page cache
            HttpResponse<String> answer =
                    get("/api/v1/organisations/conascipal", "en", Map.of("Origin", "https://example.net"));
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("*");
            assertThat(answer.headers().allValues("Link")).contains(DataLicence.LINK_HEADER);
            assertThat(answer.headers().firstValue("ETag")).isPresent();
        }
    }

    @Test
    void answersASearchWithWordsAgainWithNotModifiedWhenNothingChanged() throws Exception {
        String search = "/api/v1/organisations?q=" + URLEncoder.encode("paix", StandardCharsets.UTF_8);
        HttpResponse<String> first = get(search, "en", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(search, "en", Map.of("If-None-Match", etag));
        HttpResponse<String> otherWords = get(
                "/api/v1/organisations?q=" + URLEncoder.encode("armes", StandardCharsets.UTF_8),
                "en",
                Map.of("If-None-Match", etag));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(otherWords.statusCode()).isEqualTo(200);
        assertThat(otherWords.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
    }

    @Test
    void answersAKeptRecordWithThePageCachesEtag() throws Exception {
        get("/api/v1/organisations/conascipal", "en", Map.of()); // rendered and kept
        HttpResponse<String> kept = get("/api/v1/organisations/conascipal", "en", Map.of());
        String etag = kept.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/api/v1/organisations/conascipal", "en", Map.of("If-None-Match", etag));

        assertThat(kept.headers().allValues("ETag")).hasSize(1);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void refusesAnAddressPastItsHourlyRequestsWithTheTimeToWait() throws Exception {
        String words = "?q=" + URLEncoder.encode("paix", StandardCharsets.UTF_8); // never from the page cache
        assertThat(get("/api/v1/organisations" + words, "en", Map.of()).statusCode())
                .isEqualTo(200);
        limit.lockOut("127.0.0.1"); // as the last of the hour's requests would

        HttpResponse<String> refused = get("/api/v1/organisations" + words, "en", Map.of());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::valueOf))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(3500L, 3600L));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static List<String> slugs(JsonNode list) {
        return list.get("items")
                .valueStream()
                .map(item -> item.get("slug").asString())
                .toList();
    }

    private HttpResponse<String> get(String path, String language, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
