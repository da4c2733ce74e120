package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacedirectory.FormSession;

/**
 * A form's hidden token makes a double click one submission, within the session that received the form;
 * someone else's token, replayed from another session, must not lead to that submitter's tracking link.
 */
class FormTokenReplayTest extends SubmissionWebTest {

    @Test
    void aSecondVisitorPostingTheFirstVisitorsFormTokenDoesNotSeeTheirTrackingLink() {
        Map<String, List<String>> first = FilledForms.newOrganisation(browser, stamps, "First Visitor Org");
        HttpResponse<String> firstSent = browser.post("/submit", first, Map.of());
        assertThat(firstSent.statusCode()).isEqualTo(302);
        String firstThanks = firstSent.headers().firstValue("Location").orElseThrow();
        String firstTracking = firstThanks.replaceAll(".*/submissions/([^/]+)/thanks$", "$1");

        FormSession secondVisitor = new FormSession(port, "en");
        Map<String, List<String>> replayed = FilledForms.newOrganisation(secondVisitor, stamps, "Second Visitor Org");
        replayed.put("state.formToken", first.get("state.formToken"));
        HttpResponse<String> replay = secondVisitor.post("/submit", replayed, Map.of());

        assertThat(replay.statusCode()).isEqualTo(302);
        String secondThanks = replay.headers().firstValue("Location").orElseThrow();
        assertThat(secondThanks).doesNotContain(firstTracking);
        assertThat(secondVisitor.get(secondThanks).body()).doesNotContain(firstTracking);
        assertThat(jdbc.sql("select count(*) from submission where proposal ->> 'name' = 'Second Visitor Org'")
                        .query(Integer.class)
                        .single())
                .as("the replayed form is a new form")
                .isEqualTo(1);
    }

    @Test
    void theSameVisitorSendingTheFormTwiceStillMakesOneSubmission() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Double Post Org");

        HttpResponse<String> first = browser.post("/submit", form, Map.of());
        HttpResponse<String> second = browser.post("/submit", form, Map.of());

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(browser.get(second.headers().firstValue("Location").orElseThrow())
                        .statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from submission where proposal ->> 'name' = 'Double Post Org'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
