package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.api.ApiLimits;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 API over real HTTP on the demo data, every answer checked against HSDS's own JSON Schemas
 * (its openapi.json's answers, its organization schema).
 */
@DirectoryTest
class HsdsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void everyAddressMayAsk() {
        ApiLimits.clear(app);
    }

    @Test
    void describesItselfAsAnHsds30Api() throws Exception {
        JsonNode info = json("/api/hsds/", "en");

        HsdsSchemas.assertValid(HsdsSchemas.answerTo("/"), info);
        assertThat(info.get("version").asString()).isEqualTo("3.0");
        assertThat(info.get("openapi_url").asString()).endsWith("/3.0/schema/openapi.json");
    }

    @Test
    void pagesThroughThePublishedOrganisationsAsHsdsPages() throws Exception {
        long published = jdbc.sql("select count(*) from organisation where publication_status = 'PUBLISHED'")
                .query(Long.class)
                .single();

        JsonNode first = json("/api/hsds/organizations?per_page=2", "en");
        JsonNode second = json("/api/hsds/organizations?per_page=2&page=2", "en");
        JsonNode past = json("/api/hsds/organizations?per_page=2&page=100000", "en");

        for (JsonNode page : List.of(first, second, past)) {
            HsdsSchemas.assertValid(HsdsSchemas.answerTo("/organizations"), page);
        }
        assertThat(first.get("total_items").asLong()).isEqualTo(published);
        assertThat(first.get("total_pages").asLong()).isEqualTo((published + 1) / 2);
        assertThat(first.get("page_number").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(past.get("empty").asBoolean()).isTrue();
        assertThat(past.get("contents").size()).isZero();
        // A list item has the organisation's own fields only, as HSDS's list schema does
        assertThat(first.get("contents").get(0).has("attributes")).isFalse();
    }

    @Test
    void findsOrganisationsByTheWordsOfTheListPageAndGivesWholeRecordsWhenAsked() throws Exception {
        JsonNode found = json("/api/hsds/organizations?search=CONASCIPAL&full=true", "en");

        HsdsSchemas.assertValid(HsdsSchemas.answerTo("/organizations"), found);
        assertThat(ids(found)).contains(uuidOf("conascipal").toString());
        for (JsonNode organization : found.get("contents")) {
            HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, organization);
            assertThat(organization.has("attributes")).isTrue();
        }
    }

    @Test
    void givesTheReferenceProfileAsAWholeHsdsOrganization() throws Exception {
        UUID id = uuidOf("conascipal");
        HttpResponse<String> answer = get("/api/hsds/organizations/" + id, "en", Map.of());
        JsonNode organization = JSON.readTree(answer.body());

        assertThat(answer.statusCode()).isEqualTo(200);
        HsdsSchemas.assertValid(HsdsSchemas.ORGANIZATION, organization);
        Map<String, Object> stored = jdbc.sql("""
                select o.name, o.founding_year, t.name as english_name from organisation o
                join organisation_translation t on t.organisation_id = o.id and t.language = 'en'
                where o.slug = 'conascipal'""").query().singleRow();
        assertThat(organization.get("id").asString()).isEqualTo(id.toString());
        assertThat(organization.get("name").asString()).isEqualTo(stored.get("name"));
        assertThat(organization.get("alternate_name").asString()).isEqualTo(stored.get("english_name"));
        assertThat(organization.get("year_incorporated").asInt()).isEqualTo(stored.get("founding_year"));
        assertThat(organization.get("uri").asString())
                .isEqualTo("http://localhost:" + port + "/organisations/conascipal");
        assertThat(organization.get("locations").get(0).get("name").asString()).isEqualTo("Bamako, Mali");
        assertThat(organization.get("services").size()).isZero();
        assertThat(attributeTerms(organization, "network")).contains("West Africa Action Network on Small Arms");
        assertThat(attributeTerms(organization, "based_in")).containsExactly("Mali");
        assertThat(attributeTerms(organization, "verification")).containsExactly("Not yet verified");
        assertThat(organization
                        .get("metadata")
                        .valueStream()
                        .map(m -> m.get("last_action_type").asString()))
                .contains("create");
        // Every activity, in the timeline's order, with its date as written (a year, a month...) and level
        List<String> activities = jdbc.sql("""
                select a.level || ' ' || coalesce(a.date_edtf, '-') || ' ' || a.text from activity a
                join organisation o on o.id = a.organisation_id where o.slug = 'conascipal' order by a.position""").query(String.class).list();
        assertThat(organization
                        .get("attributes")
                        .valueStream()
                        .filter(attribute ->
                                attribute.get("link_type").asString().equals("activity"))
                        .map(attribute -> {
                            JsonNode value =
                                    JSON.readTree(attribute.get("value").asString());
                            return attribute.get("taxonomy_term").get("code").asString() + " "
                                    + (value.has("date") ? value.get("date").asString() : "-") + " "
                                    + value.get("text").asString();
                        })
                        .toList())
                .isNotEmpty()
                .containsExactlyElementsOf(activities)
                .anyMatch(activity -> activity.matches("(?s)NATIONAL \\d{4}-\\d{2} .*")) // a month
                .anyMatch(activity -> activity.matches("(?s)NATIONAL \\d{4}/\\d{4} .*")) // a range of years
                .anyMatch(activity -> activity.matches("(?s)INTERNATIONAL - .*")); // undated
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void answersInTheLanguageAskedFor() throws Exception {
        String path = "/api/hsds/organizations/" + uuidOf("conascipal");

        JsonNode french = json(path, "fr");
        JsonNode chosen = JSON.readTree(get(path + "?lang=fr", "en", Map.of()).body());

        for (JsonNode organization : List.of(french, chosen)) {
            assertThat(organization.get("locations").get(0).get("name").asString())
                    .isEqualTo("Bamako, Mali");
            assertThat(attributeTerms(organization, "verification")).containsExactly("Pas encore vérifiée");
            assertThat(organization.get("description").asString()).startsWith("Coalition malienne");
            // The official name is French: the other language's name is the alternate one
            assertThat(organization.get("alternate_name").asString()).startsWith("National Civil Society");
        }
    }

    @Test
    void listsTaxonomiesAndTheirTermsWithIdentifiersThatHold() throws Exception {
        JsonNode taxonomies = json("/api/hsds/taxonomies", "en");
        HsdsSchemas.assertValid(HsdsSchemas.answerTo("/taxonomies"), taxonomies);
        String themes = taxonomies
                .get("contents")
                .valueStream()
                .filter(taxonomy -> taxonomy.get("name").asString().equals("Peace Directory themes"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        JsonNode terms = json("/api/hsds/taxonomy_terms?per_page=100&taxonomy_id=" + themes, "en");
        List<JsonNode> all = everyPage("/api/hsds/taxonomy_terms?per_page=100", "fr");

        HsdsSchemas.assertValid(HsdsSchemas.answerTo("/taxonomy_terms"), terms);
        assertThat(terms.get("contents")
                        .valueStream()
                        .map(term -> term.get("code").asString()))
                .containsExactlyElementsOf(jdbc.sql("select slug from theme order by position")
                        .query(String.class)
                        .list());
        assertThat(all.stream()
                        .filter(term -> term.has("code")) // networks have none
                        .map(term -> term.get("code").asString()))
                .contains("ML", "NATIONAL", "EXISTENCE_CONFIRMED", "NOT_YET_VERIFIED", "acronym");
        JsonNode mali = all.stream()
                .filter(term -> term.get("code").asString().equals("ML"))
                .findFirst()
                .orElseThrow();
        assertThat(mali.get("language").asString()).isEqualTo("fr");
        JsonNode again = json("/api/hsds/taxonomy_terms/" + mali.get("id").asString(), "fr");
        HsdsSchemas.assertValid(HsdsSchemas.TAXONOMY_TERM, again);
        assertThat(again.get("name").asString()).isEqualTo("Mali");
        assertThat(json("/api/hsds/taxonomies/" + themes, "en").get("name").asString())
                .isEqualTo("Peace Directory themes");
    }

    @Test
    void hasNoServicesAndAnswersErrorsWithProblemDetails() throws Exception {
        JsonNode services = json("/api/hsds/services", "en");
        assertThat(services.get("total_items").asInt()).isZero();
        assertThat(services.get("empty").asBoolean()).isTrue();

        for (String path : List.of(
                "/api/hsds/organizations/" + UUID.randomUUID(),
                "/api/hsds/organizations/not-a-uuid",
                "/api/hsds/taxonomy_terms/" + UUID.randomUUID(),
                "/api/hsds/taxonomies/" + UUID.randomUUID(),
                "/api/hsds/services/" + UUID.randomUUID())) {
            assertProblem(get(path, "en", Map.of()), 404);
        }
        for (String path : List.of(
                "/api/hsds/organizations?per_page=101",
                "/api/hsds/organizations?page=0",
                "/api/hsds/organizations?full=maybe",
                "/api/hsds/taxonomy_terms?per_page=abc")) {
            assertProblem(get(path, "en", Map.of()), 400);
        }
    }

    @Test
    void letsAnyWebPageReadItUnderTheLicence() throws Exception {
        for (String path : List.of("/api/hsds/", "/api/hsds/organizations", "/api/hsds/taxonomies")) {
            HttpResponse<String> answer = get(path, "en", Map.of("Origin", "https://example.net"));
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .hasValue("*");
            assertThat(answer.headers().allValues("Link")).as(path).contains(DataLicence.LINK_HEADER);
        }
    }

    private static List<String> attributeTerms(JsonNode organization, String linkType) {
        return organization
                .get("attributes")
                .valueStream()
                .filter(attribute -> attribute.get("link_type").asString().equals(linkType))
                .map(attribute -> attribute.get("taxonomy_term").get("name").asString())
                .toList();
    }

    /** The contents of every page of a list, each page checked against HSDS's answer to that path. */
    private List<JsonNode> everyPage(String path, String language) throws Exception {
        List<JsonNode> contents = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode answer = json(path + "&page=" + page, language);
            HsdsSchemas.assertValid(
                    HsdsSchemas.answerTo(path.substring("/api/hsds".length(), path.indexOf('?'))), answer);
            answer.get("contents").forEach(contents::add);
            if (answer.get("last_page").asBoolean()) {
                return contents;
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        return page.get("contents")
                .valueStream()
                .map(organization -> organization.get("id").asString())
                .toList();
    }

    private UUID uuidOf(String slug) {
        return jdbc.sql("select uuid from organisation where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private JsonNode json(String path, String language) throws Exception {
        HttpResponse<String> answer = get(path, language, Map.of());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String path, String language, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
