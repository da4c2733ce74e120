package org.peacedirectory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.api.hsds.HsdsPackagesNow;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What must never leave through the open data outputs (the API, its HSDS form and data package, the CSV
 * export, the feeds): a submission
 * under review, its submitter's name and email, a moderator's note, who verified a profile, and a contact
 * the organisation did not agree to show. Seeded, then looked for in every output.
 */
@DirectoryTest
class OnlyPublicDataLeavesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles profiles;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @Autowired
    ApiLimit limit;

    @Autowired
    ApplicationContext app;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** What was seeded: the published organisation and the texts that must never leave. */
    private record Seeded(String unique, String slug, HostileProfiles.Texts published, List<String> secrets) {}

    /**
     * A submission under review with its submitter and a moderator's note, and a published profile whose
     * contact is not to be shown, verified by a moderator.
     */
    private Seeded seed(String slugPrefix, String name, String acronym) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String unpublished = "Unpublished organisation " + unique;
        long submission = submissions.submit(new FormSession(port, "en"), stamps, unpublished);
        jdbc.sql("update submission set decision_message = ? where id = ?")
                .params("Moderator note " + unique, submission)
                .update();
        String slug = slugPrefix + unique;
        HostileProfiles.Texts published = profiles.publish(new HostileProfiles.Texts(
                slug,
                name + " " + unique,
                acronym,
                "A summary.",
                "A description.",
                "Kayes",
                "Network " + unique,
                "NET" + unique,
                "https://example.org/" + slug,
                "https://example.org/link/" + slug));
        jdbc.sql("update organisation set email_visibility = 'MODERATORS_ONLY', phone_visibility = 'MODERATORS_ONLY',"
                        + " contact_email = ?, contact_phone = ?,"
                        + " verification_level = 'EXISTENCE_CONFIRMED', verified_at = now(), verified_by = ?"
                        + " where slug = ?")
                .params(
                        "hidden-" + unique + "@example.org",
                        "+223 " + unique,
                        Moderators.create(jdbc, "verifier-" + unique).getAccountId(),
                        slug)
                .update();
        return new Seeded(
                unique,
                slug,
                published,
                List.of(
                        unpublished,
                        "Aminata Test",
                        "aminata@example.org",
                        "Moderator note " + unique,
                        "hidden-" + unique + "@example.org",
                        "+223 " + unique,
                        "verifier-" + unique));
    }

    @Test
    void noOutputHoldsSubmissionsSubmittersNotesModeratorsOrHiddenContacts() throws Exception {
        Seeded seeded = seed("private-contact-", "Published organisation", "POU");
        String unique = seeded.unique();
        String slug = seeded.slug();
        HostileProfiles.Texts published = seeded.published();
        List<String> secrets = seeded.secrets();
        limit.clear();

        String fresh = "_=" + unique; // an address the page cache has not kept
        String uuid = jdbc.sql("select uuid::text from organisation where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
        String network = JSON.readTree(
                        get("/api/hsds/organizations/" + uuid + "?" + fresh).body())
                .get("attributes")
                .valueStream()
                .filter(attribute -> attribute.get("link_type").asString().equals("network"))
                .findFirst()
                .orElseThrow()
                .get("taxonomy_term_id")
                .asString();
        for (String output : List.of(
                "/api/hsds/organizations?search=" + unique + "&" + fresh,
                "/api/hsds/organizations?search=" + unique + "&full=true&" + fresh,
                "/api/hsds/organizations/" + uuid + "?" + fresh,
                "/api/hsds/taxonomy_terms/" + network + "?" + fresh,
                "/api/v1/organisations?size=100&" + fresh,
                "/api/v1/organisations?q=" + unique + "&" + fresh,
                "/api/v1/organisations/" + slug + "?" + fresh,
                "/api/v1/networks?" + fresh,
                "/organisations.csv?" + fresh,
                "/feeds/new.atom?" + fresh,
                "/feeds/updated.atom?" + fresh)) {
            HttpResponse<String> answer = get(output);
            assertThat(answer.statusCode()).as(output).isEqualTo(200);
            assertThat(answer.body()) // the output does show the published organisation (or its network)
                    .as(output)
                    .contains(
                            output.startsWith("/api/v1/networks") || output.startsWith("/api/hsds/taxonomy_terms")
                                    ? published.network()
                                    : published.name());
            for (String secret : secrets) {
                assertThat(answer.body()).as(output).doesNotContain(secret);
            }
        }
    }

    @Test
    void theHsdsDataPackageHoldsNoSubmissionsSubmittersNotesModeratorsOrHiddenContacts() throws Exception {
        Seeded seeded = seed("private-package-", "Packaged organisation", "POP");
        HostileProfiles.Texts published = seeded.published();
        HsdsPackagesNow.remake(app); // the update was made behind the application's back
        limit.clear();

        for (String language : List.of("en", "fr")) {
            HttpResponse<byte[]> download = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hsds/datapackage.zip"))
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            String everything = unzipped(download.body());
            assertThat(everything).contains(published.name(), published.network());
            for (String secret : seeded.secrets()) {
                assertThat(everything).as(language).doesNotContain(secret);
            }
        }
    }

    /** Every file of a zip, one after the other. */
    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                text.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** As a script or a spreadsheet asks: any type. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "*/*")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
