package org.peacedirectory.submission;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.peacedirectory.FormSession;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets tests of other features make a submission through the real form, and reset the rate limit. */
@TestComponent
public class SubmissionTestSupport {

    private final SubmissionRateLimiter rateLimiter;
    private final JdbcClient jdbc;

    SubmissionTestSupport(SubmissionRateLimiter rateLimiter, JdbcClient jdbc) {
        this.rateLimiter = rateLimiter;
        this.jdbc = jdbc;
    }

    /** Submits a new organisation through the public form and returns the submission's id. */
    public long submit(FormSession browser, FormStamp stamps, String name) {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, name);
        form.put("state.duplicatesAcknowledged", List.of("true")); // test names look alike; they are not duplicates
        HttpResponse<String> sent = browser.post("/submit", form, Map.of());
        if (sent.statusCode() != 302) {
            throw new IllegalStateException("Submission refused with " + sent.statusCode());
        }
        rateLimiter.clear();
        return jdbc.sql("select id from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** The new organisation form of the page {@code /submit} the browser opens now, filled in as a person would. */
    public Map<String, List<String>> filledNewOrganisation(FormSession browser, FormStamp stamps, String name) {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, name);
        form.put("state.duplicatesAcknowledged", List.of("true"));
        return form;
    }

    /** The suggest-edit form of a published profile, as the page shows it, with the submitter's part filled in. */
    public Map<String, List<String>> filledChange(FormSession browser, FormStamp stamps, String slug) {
        Map<String, List<String>> form = FormSession.fieldsOf(browser.page("/organisations/" + slug + "/suggest-edit"));
        FilledForms.fillSubmitter(form, stamps);
        return form;
    }

    public void clearRateLimits() {
        rateLimiter.clear();
    }
}
