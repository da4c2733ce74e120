package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.RawHttp;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests no browser sends (a tampered CSRF token, forged list indexes, broken multipart bodies, an
 * undecodable address, the error page asked for directly) are refused with the site's own error page and
 * one log line, never a 500 and never a stack trace in the log (which anyone could flood).
 */
@DirectoryTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");
    private static final String BAD_REQUEST_PAGE = "This request could not be understood";
    private static final String FORBIDDEN_PAGE = "This form could not be accepted";

    @LocalServerPort
    int port;

    @Test
    void refusesEveryTamperedCsrfTokenWith403AndNoStackTrace(CapturedOutput output) {
        Session session = Session.open(port);
        String token = session.csrf();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int tried = 0;
        for (int position = 0; position < token.length(); position += 3) {
            char replacement = alphabet.charAt((alphabet.indexOf(token.charAt(position)) + 17) % alphabet.length());
            String tampered = token.substring(0, position) + replacement + token.substring(position + 1);
            int before = output.getAll().length();

            RawHttp.Response response = session.postForm("/submit", "_csrf=" + tampered + "&name=Tampered");

            assertThat(response.status()).as("token changed at %d", position).isEqualTo(403);
            assertThat(response.body()).contains(FORBIDDEN_PAGE);
            assertNoStackTrace(output, before);
            tried++;
        }
        assertThat(tried).isGreaterThan(10);
    }

    @Test
    void answersForgedActivityIndexesWith400AndOneLogLine(CapturedOutput output) {
        // activities[5] beside the form's one row leaves a gap, which the binder used to fill with nulls (500).
        for (String field : List.of(
                "activities[300].text",
                "activities[-1].text",
                "activities[abc].text",
                "activities[99999999999].text",
                "activities[5].text")) {
            FormSession browser = new FormSession(port, "en");
            Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/submit"));
            form.put("organisation.name", List.of("Forged Index Org"));
            form.put(field, List.of("Trained forty mediators."));
            int before = output.getAll().length();

            var response = browser.post("/submit", form, Map.of());

            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(response.body()).as(field).contains(BAD_REQUEST_PAGE).doesNotContain("Exception");
            assertOneRefusalLineAndNoStackTrace(output, before);
        }
    }

    @Test
    void answersForgedIndexesInsideAPartOfTheFormWith400AndOneLogLine(CapturedOutput output) {
        // The form is bound part by part (organisation.*, prose.*): a list inside a part grows the same way.
        for (String field : List.of(
                "organisation.themes[abc]", "organisation.themes[300]", "organisation.countriesOfWork[99999999999]")) {
            FormSession browser = new FormSession(port, "en");
            Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/submit"));
            form.put("organisation.name", List.of("Forged Part Index Org"));
            form.put(field, List.of("peace-education"));
            int before = output.getAll().length();

            var response = browser.post("/submit", form, Map.of());

            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(response.body()).as(field).contains(BAD_REQUEST_PAGE).doesNotContain("Exception");
            assertOneRefusalLineAndNoStackTrace(output, before);
        }
    }

    @Test
    void answersAMultipartBodyWithoutBoundaryWith400(CapturedOutput output) {
        Session session = Session.open(port);
        int before = output.getAll().length();

        RawHttp.Response response = session.post(
                "/submit?_csrf=" + session.csrf(),
                "multipart/form-data",
                "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nNo Boundary Org\r\n--x--\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(BAD_REQUEST_PAGE);
        assertOneRefusalLineAndNoStackTrace(output, before);
    }

    @Test
    void answersATruncatedMultipartBodyWith400(CapturedOutput output) {
        Session session = Session.open(port);
        int before = output.getAll().length();

        RawHttp.Response response = session.post(
                "/submit?_csrf=" + session.csrf(),
                "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrf()
                        + "\r\n--cut\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nTrunc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(BAD_REQUEST_PAGE);
        assertOneRefusalLineAndNoStackTrace(output, before);
    }

    /**
     * Over spring.servlet.multipart.max-file-size (10 MB) but within the request limit (11 MB): the rest of the
     * body is within what Tomcat reads and throws away, so the browser gets the page rather than a cut connection.
     */
    private static final int OVER_THE_FILE_LIMIT = 10 * 1024 * 1024 + 512 * 1024;

    @Test
    void answersALogoOverTheServerLimitWith413AndTheSitesPage(CapturedOutput output) {
        FormSession browser = new FormSession(port, "en");
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/submit"));
        form.put("organisation.name", List.of("Huge Logo Org"));
        int before = output.getAll().length();

        var response = browser.post(
                "/submit",
                form,
                Map.of("logo", new FormSession.FilePart("huge.png", "image/png", new byte[OVER_THE_FILE_LIMIT])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The files sent are too large");
        assertOneRefusalLineAndNoStackTrace(output, before);
    }

    /**
     * A url-encoded form over directory.forms.max-url-encoded-size (64 KB) is refused on its declared length,
     * in French too; the submission form's multipart text of the same size is not (its fields' own checks
     * answer it).
     */
    @Test
    void answersAUrlEncodedFormOverItsLimitWith413ButNotTheSameTextInTheMultipartSubmissionForm(CapturedOutput output) {
        FormSession browser = new FormSession(port, "fr");
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/submit"));
        form.put("organisation.name", List.of("Long Text Org"));
        form.put("prose.summary", List.of("a".repeat(70_000)));
        Map<String, String> urlEncoded = new LinkedHashMap<>();
        form.forEach((name, values) -> urlEncoded.put(name, values.get(0)));
        int before = output.getAll().length();

        var refused = browser.postUrlEncoded("/organisations/conascipal/report", urlEncoded);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Le formulaire envoyé est trop long");
        assertOneRefusalLineAndNoStackTrace(output, before);
        assertThat(browser.post("/submit", form, Map.of()).statusCode()).isEqualTo(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/error", "/%65rror", "/error;x=1"})
    void answersTheErrorPageAskedForDirectlyWith404(String path) {
        RawHttp.Response response = RawHttp.get(port, path, "Accept: text/html");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    /** Forged list indexes in the filters, and query strings that do not decode. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/organisations?country%5Babc%5D=ml",
                "/organisations?level%5B300%5D=LOCAL",
                "/countries/ml?theme%5B-1%5D=x",
                "/organisations?q=%C3%28",
                "/organisations?q=%ZZ",
                "/countries/ml?page=1&%FF=1",
                "/organisations?lang=%C0%AF"
            })
    void answersMalformedListAddressesWith400AndOneLogLine(String target, CapturedOutput output) {
        int before = output.getAll().length();

        RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(BAD_REQUEST_PAGE);
        assertOneRefusalLineAndNoStackTrace(output, before);
    }

    /** Tomcat refuses these itself, before any filter or servlet sees them. */
    @Test
    void answersUndecodablePathsWith400AndTheSitesMessageInBothLanguages(CapturedOutput output) {
        for (String target : List.of("/organisations/%C3%28", "/%FF%FE", "/countries/ml%00")) {
            int before = output.getAll().length();

            RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");

            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body())
                    .as(target)
                    .contains(BAD_REQUEST_PAGE)
                    .contains("pas pu être comprise")
                    .doesNotContain("Tomcat");
            assertOneRefusalLineAndNoStackTrace(output, before);
        }
    }

    /** Spring Security's firewall refuses these (a path parameter, an encoded percent, an encoded line break). */
    @Test
    void answersAddressesTheFirewallRefusesWith400AndOneLogLine(CapturedOutput output) {
        for (String target : List.of(
                "/organisations;x=1", "/organisations/%252e%252e/x", "/countries/ml%0d%0aX:1", "/organisations/%5cx")) {
            int before = output.getAll().length();

            RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");

            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body()).as(target).contains(BAD_REQUEST_PAGE);
            assertOneRefusalLineAndNoStackTrace(output, before);
        }
    }

    private static void assertNoStackTrace(CapturedOutput output, int before) {
        String logged = output.getAll().substring(before);
        assertThat(STACK_FRAME.matcher(logged).find())
                .as("stack trace in the log:%n%s", logged)
                .isFalse();
    }

    private static void assertOneRefusalLineAndNoStackTrace(CapturedOutput output, int before) {
        assertNoStackTrace(output, before);
        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(line -> line.contains(MalformedRequests.LOG_MARK)))
                .as("log:%n%s", logged)
                .hasSize(1);
    }

    /** A visitor's session with its CSRF token, as the form page gave them. */
    record Session(int port, String cookie, String csrf) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static Session open(int port) {
            RawHttp.Response page = RawHttp.get(port, "/submit", "Accept: text/html");
            String cookie = page.header("Set-Cookie").split(";")[0];
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).isTrue();
            return new Session(port, cookie, csrf.group(1));
        }

        RawHttp.Response postForm(String path, String body) {
            return post(path, "application/x-www-form-urlencoded", body);
        }

        RawHttp.Response post(String path, String contentType, String body) {
            return RawHttp.send(
                    port,
                    "POST " + path + " HTTP/1.1\r\n"
                            + RawHttp.headers(
                                    port, "Accept: text/html", "Cookie: " + cookie, "Content-Type: " + contentType),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
