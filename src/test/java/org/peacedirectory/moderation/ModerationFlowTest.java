package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.SearchAfterCommit;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Moderators at work over real HTTP: claim, edit, approve, reject, send back; the submitter sees it. */
@DirectoryTest
class ModerationFlowTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Environment app;

    FormSession moderator;

    @BeforeEach
    void logIn() {
        moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Hawa Moderator"));
    }

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void claimsEditsAndApprovesANewOrganisationWhichIsThenPublicWithTheEditAndItsHistory() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Flow Test Peace Circle");

        post(id, "claim", Map.of());
        assertThat(review(id).selectFirst(".claimed-by").text()).isEqualTo("Hawa Moderator");

        Document edit = moderator.page("/moderation/submissions/" + id + "/edit");
        assertValid(edit.outerHtml());
        Map<String, List<String>> fields = FormSession.fieldsOf(edit);
        fields.put("organisation.city", List.of("Ziguinchor"));
        assertThat(moderator
                        .post("/moderation/submissions/" + id + "/edit", fields, Map.of())
                        .statusCode())
                .isEqualTo(302);

        post(id, "approve", Map.of("verification", "CONFIRM_EXISTENCE"));

        String slug = jdbc.sql("select slug from organisation where name = 'Flow Test Peace Circle'")
                .query(String.class)
                .single();
        Document profile = new FormSession(port, "en").page("/organisations/" + slug);
        assertThat(profile.selectFirst(".facts").text()).contains("Ziguinchor");
        assertThat(profile.selectFirst(".badge").text()).isEqualTo("Existence confirmed");
        // At once on Lucene; with outbox-polling (the OpenSearch run) within its short deadline.
        SearchAfterCommit.assertShown(
                app,
                () -> assertThat(new FormSession(port, "en")
                                .page("/organisations?q=flow+test+peace+circle&verified=true")
                                .select(".results .card-title a")
                                .eachAttr("href"))
                        .as("searchable right after the approval")
                        .containsExactly("/organisations/" + slug));
        assertThat(jdbc.sql("select action from moderation_log where submission_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "SUBMISSION_CLAIMED", "SUBMISSION_EDITED", "SUBMISSION_APPROVED", "ORGANISATION_VERIFIED");

        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change =
                FormSession.fieldsOf(reader.page("/organisations/" + slug + "/suggest-edit"));
        change.put("organisation.foundingYear", List.of("2011"));
        change.put("submitter.name", List.of("A Reader"));
        change.put("submitter.email", List.of("reader@example.org"));
        change.put("submitter.relationship", List.of("OTHER"));
        change.put("submitter.consent", List.of("true"));
        change.put(
                "state.stamp", List.of(stamps.issuedAt(java.time.Instant.now().minusSeconds(60))));
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        long changeId = jdbc.sql(
                        "select id from submission where kind = 'CHANGE' and proposal ->> 'foundingYear' = '2011' and proposal ->> 'name' = 'Flow Test Peace Circle'")
                .query(Long.class)
                .single();
        Document changeReview = review(changeId);
        assertThat(changeReview.select(".diff td.after").eachText()).contains("2011");
        assertValid(changeReview.outerHtml());

        post(changeId, "approve", Map.of("verification", "KEEP"));

        assertThat(new FormSession(port, "en")
                        .page("/organisations/" + slug)
                        .selectFirst(".facts")
                        .text())
                .contains("2011");
        long organisationId = jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        Document history = moderator.page("/moderation/organisations/" + organisationId);
        assertThat(history.select("tr.revision")).hasSize(2);
        assertValid(history.outerHtml());

        Map<String, List<String>> rollBack = new java.util.HashMap<>();
        rollBack.put("_csrf", List.of(history.selectFirst("input[name=_csrf]").val()));
        rollBack.put(
                "version",
                List.of(history.selectFirst("form[action$=/rollback] input[name=version]")
                        .val()));
        rollBack.put("revision", List.of("1"));
        assertThat(moderator
                        .post("/moderation/organisations/" + organisationId + "/rollback", rollBack, Map.of())
                        .statusCode())
                .isEqualTo(302);

        assertThat(new FormSession(port, "en")
                        .page("/organisations/" + slug)
                        .selectFirst(".facts")
                        .text())
                .doesNotContain("2011")
                .contains("Ziguinchor");
        assertThat(moderator.page("/moderation/organisations/" + organisationId).select("tr.revision"))
                .hasSize(3);
        assertThat(jdbc.sql(
                                "select reason from moderation_log where organisation_id = ? and action = 'ORGANISATION_ROLLED_BACK'")
                        .param(organisationId)
                        .query(String.class)
                        .single())
                .isEqualTo("revision 1");
    }

    @Test
    void showsTheRejectionReasonAndMessageOnTheTrackingPage() {
        FormSession submitter = new FormSession(port, "en");
        long id = support.submit(submitter, stamps, "Flow Test Rejected Org");

        post(id, "reject", Map.of("reason", "CANNOT_VERIFY", "message", "We found no trace of it."));

        Document tracking = submitter.page("/submissions/" + trackingToken(id));
        assertThat(tracking.selectFirst(".status").text()).isEqualTo("Not published");
        assertThat(tracking.selectFirst(".decision-reason").text()).isEqualTo("Could not be verified");
        assertThat(tracking.selectFirst(".decision-message").text()).isEqualTo("We found no trace of it.");
    }

    @Test
    void keepsALongRejectionMessageWholeForTheSubmitter() {
        FormSession submitter = new FormSession(port, "en");
        long id = support.submit(submitter, stamps, "Flow Test Long Message Org");
        String message = "x".repeat(3990);

        post(id, "reject", Map.of("reason", "INCOMPLETE", "message", message));

        assertThat(submitter
                        .page("/submissions/" + trackingToken(id))
                        .selectFirst(".decision-message")
                        .text())
                .isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reject", "request-changes"})
    void refusesAMessageOverTheLimitWith422KeepingItWholeByItsFieldAndDecidesNothing(String action) {
        long id = support.submit(new FormSession(port, "en"), stamps, "Flow Test Long " + action + " Org");
        String message = "Please look again. " + "x".repeat(4000);
        Map<String, String> values = action.equals("reject")
                ? Map.of("reason", "INCOMPLETE", "message", message)
                : Map.of("message", message);
        String field = action.equals("reject") ? "reject-message" : "changes-message";

        HttpResponse<String> response = moderator.post(
                "/moderation/submissions/" + id + "/" + action, withVersion(review(id), values), Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#" + field).wholeText()).as("kept whole").isEqualTo(message);
        assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#" + field + "-error").text())
                .isEqualTo("Shorten this to 4,000 characters or fewer: it has 4,019."
                        + " Nothing was decided; your text is kept here.");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#" + field);
        if (action.equals("reject")) {
            assertThat(page.select("#reason option[selected]").eachAttr("value"))
                    .as("the reason chosen, kept")
                    .containsExactly("INCOMPLETE");
        }
        assertThat(jdbc.sql("select status || ' ' || coalesce(decision_message, '-') from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING -");
        assertValid(response.body());
    }

    @Test
    void sendsASubmissionBackForChangesAndTheResubmissionReturnsToTheQueue() {
        FormSession submitter = new FormSession(port, "en");
        long id = support.submit(submitter, stamps, "Flow Test Resubmitted Org");

        post(id, "request-changes", Map.of("message", "Please add the city."));

        String token = trackingToken(id);
        Document tracking = submitter.page("/submissions/" + token);
        assertThat(tracking.selectFirst(".decision-message").text()).isEqualTo("Please add the city.");
        Document edit = submitter.page("/submissions/" + token + "/edit");
        assertValid(edit.outerHtml());
        assertThat(edit.selectFirst(".notice").text()).isEqualTo("Please add the city.");
        Map<String, List<String>> fields = FormSession.fieldsOf(edit);
        fields.put("organisation.city", List.of("Kolda"));
        fields.put(
                "state.stamp", List.of(stamps.issuedAt(java.time.Instant.now().minusSeconds(60))));
        HttpResponse<String> resent = submitter.post("/submissions/" + token + "/edit", fields, Map.of());

        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "select status || ' ' || (proposal ->> 'city') || ' ' || revision from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING Kolda 2");
        assertThat(submitter.page("/submissions/" + token).select(".decision-message"))
                .isEmpty();
        assertThat(submitter
                        .post("/submissions/" + token + "/edit", fields, Map.of())
                        .headers()
                        .firstValue("Location"))
                .as("a second click shows where the submission stands")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/submissions/" + token));
        assertThat(moderator.page("/moderation").select("table.queue a").eachText())
                .contains(jdbc.sql("select reference from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    @Test
    void answersASecondDecisionOnTheSameVersionWith409SayingWhoDidWhatAndKeepingTheText() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Flow Test Conflict Org");
        FormSession other = new FormSession(port, "en");
        Moderators.logIn(other, Moderators.withPassword(jdbc, encoder, "Ines Moderator"));
        Document seenFirst = review(id);
        Document seenByOther = other.page("/moderation/submissions/" + id);

        assertThat(post(seenFirst, id, "approve", Map.of("verification", "KEEP"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> late = other.post(
                "/moderation/submissions/" + id + "/reject",
                withVersion(seenByOther, Map.of("reason", "OTHER", "message", "My long careful reasoning.")),
                Map.of());

        assertThat(late.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(late.body());
        assertThat(page.selectFirst(".conflict-who").text()).startsWith("Hawa Moderator approved it on");
        assertThat(page.selectFirst("textarea#typed").text()).isEqualTo("My long careful reasoning.");
        assertValid(late.body());
    }

    @ParameterizedTest(name = "reason={0}")
    @ValueSource(strings = {"", "NOT_A_REASON"})
    void refusesARejectionWithoutAReasonFromTheListWith400AndDecidesNothing(String reason) {
        long id = support.submit(new FormSession(port, "en"), stamps, "Flow Test Reasonless Org " + reason.length());
        Map<String, String> values = reason.isEmpty()
                ? Map.of("message", "No reason given.")
                : Map.of("reason", reason, "message", "No reason given.");

        HttpResponse<String> response =
                moderator.post("/moderation/submissions/" + id + "/reject", withVersion(review(id), values), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select status from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void moderationPagesPassTheNuHtmlChecker() {
        long id = support.submit(new FormSession(port, "fr"), stamps, "Flow Test Valid Pages Org");
        for (String path : List.of(
                "/moderation",
                "/moderation?tab=decided",
                "/moderation/log",
                "/moderation/recheck",
                "/moderation/high-risk-countries",
                "/moderation/organisations/" + conascipalId() + "/safety",
                "/moderation/submissions/" + id)) {
            HttpResponse<String> response = moderator.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertValid(response.body());
        }
    }

    private long conascipalId() {
        return jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
    }

    private Document review(long id) {
        return moderator.page("/moderation/submissions/" + id);
    }

    private HttpResponse<String> post(long id, String action, Map<String, String> values) {
        return post(review(id), id, action, values);
    }

    private HttpResponse<String> post(Document reviewPage, long id, String action, Map<String, String> values) {
        HttpResponse<String> response = moderator.post(
                "/moderation/submissions/" + id + "/" + action, withVersion(reviewPage, values), Map.of());
        assertThat(response.statusCode()).as(action).isIn(302, 409);
        return response;
    }

    /** The hidden fields every decision form carries (CSRF token, version) plus the given values. */
    private static Map<String, List<String>> withVersion(Document reviewPage, Map<String, String> values) {
        Map<String, List<String>> fields = new java.util.HashMap<>();
        fields.put("_csrf", List.of(reviewPage.selectFirst("input[name=_csrf]").val()));
        fields.put(
                "version", List.of(reviewPage.selectFirst("input[name=version]").val()));
        values.forEach((name, value) -> fields.put(name, List.of(value)));
        return fields;
    }

    private String trackingToken(long id) {
        return jdbc.sql("select tracking_token from submission where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static void assertValid(String html) {
        assertThat(checker.errorsIn(html)).isEmpty();
    }
}
