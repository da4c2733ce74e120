package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages of the submission flow that only a POST reaches pass the Nu HTML checker too. */
@DirectoryTest
class SubmissionPagesValidityTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @AfterEach
    void forgetRateLimits() {
        rateLimiter.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void formWithErrorsThanksAndTrackingPagesAreValid(String language) {
        FormSession browser = new FormSession(port, language);
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Valid Pages Org " + language);
        form.remove("submitter.consent");
        form.put("activities[0].date", List.of("2003/2002"));
        HttpResponse<String> withErrors = browser.post("/submit", form, Map.of());
        assertThat(withErrors.statusCode()).isEqualTo(422);
        assertValid("form with errors", withErrors.body());

        form.put("submitter.consent", List.of("true"));
        form.put("activities[0].date", List.of("2002/2003"));
        String thanks = browser.post("/submit", form, Map.of())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertValid("thanks", browser.get(thanks).body());
        assertValid("tracking", browser.get(thanks.replace("/thanks", "")).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void duplicateWarningIsValid(String language) {
        FormSession browser = new FormSession(port, language);
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "CONASCIPAL");
        form.put("organisation.acronym", List.of("CONASCIPAL"));
        form.put("organisation.countryCode", List.of("ML"));

        String page = browser.post("/submit", form, Map.of()).body();

        assertThat(page).contains("duplicates-title");
        assertValid("duplicate warning", page);
    }

    private static void assertValid(String what, String html) {
        assertThat(checker.errorsIn(html))
                .as("Nu HTML checker errors on the " + what + " page")
                .isEmpty();
    }
}
