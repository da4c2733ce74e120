package org.peacedirectory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must never leave through the open data outputs (the API, the CSV export, the feeds): a submission
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

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noOutputHoldsSubmissionsSubmittersNotesModeratorsOrHiddenContacts() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String unpublished = "Unpublished organisation " + unique;
        long submission = submissions.submit(new FormSession(port, "en"), stamps, unpublished);
        jdbc.sql("update submission set decision_message = ? where id = ?")
                .params("Moderator note " + unique, submission)
                .update();
        String slug = "private-contact-" + unique;
        HostileProfiles.Texts published = profiles.publish(new HostileProfiles.Texts(
                slug,
                "Published organisation " + unique,
                "POU",
                "A summary.",
                "A description.",
                "Kayes",
                "Network " + unique,
                "NET" + unique,
                "https://example.org/" + slug,
                "https://example.org/link/" + slug));
        jdbc.sql("update organisation set contact_public = false, contact_email = ?, contact_phone = ?,"
                        + " verification_status = 'VERIFIED', verified_at = now(), verified_by = ? where slug = ?")
                .params(
                        "hidden-" + unique + "@example.org",
                        "+223 " + unique,
                        "verifier-" + unique + "@example.org",
                        slug)
                .update();
        List<String> secrets = List.of(
                unpublished,
                "Aminata Test",
                "aminata@example.org",
                "Moderator note " + unique,
                "hidden-" + unique + "@example.org",
                "+223 " + unique,
                "verifier-" + unique);
        limit.clear();

        String fresh = "_=" + unique; // an address the page cache has not kept
        for (String output : List.of(
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
                    .contains(output.startsWith("/api/v1/networks") ? published.network() : published.name());
            for (String secret : secrets) {
                assertThat(answer.body()).as(output).doesNotContain(secret);
            }
        }
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
