package org.peacedirectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Report a problem with a profile, over real HTTP and PostgreSQL: the form on every profile, its defences
 * (those of the submission form), the report in the moderators' queue, urgent ones first, and the
 * moderators' decisions in the log.
 */
@DirectoryTest
class ProblemReportTest {

    private static final String SLUG = "observatoire-des-collines-alerte-precoce";
    private static final String FORM = "/organisations/" + SLUG + "/report";

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    ReportRateLimiter rateLimiter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    FormSession reader;

    @BeforeEach
    void openBrowser() {
        reader = new FormSession(port, "en");
        rateLimiter.clear();
    }

    @AfterEach
    void forgetRateLimits() {
        rateLimiter.clear();
    }

    @Test
    void everyProfileHasOneReportLinkToTheForm() {
        Document profile = reader.page("/organisations/" + SLUG);

        assertThat(profile.select("main a[href=" + FORM + "]")).hasSize(1);
        assertThat(profile.select("main a[href=" + FORM + "]").text()).isEqualTo("Report a problem with this profile");
        assertThat(reader.get("/organisations/no-such-organisation/report").statusCode())
                .isEqualTo(404);
    }

    @Test
    void acceptsAReportWithoutAccountAndShowsItInTheModeratorsQueue() {
        String details = "The phone number is out of date " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "INFORMATION_WRONG", details);
        form.put("replyEmail", "reader@example.org");

        HttpResponse<String> sent = reader.postUrlEncoded(FORM, form);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValue(FORM + "/thanks");
        HttpResponse<String> thanks = reader.get(FORM + "/thanks");
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(thanks.body()).selectFirst("h1").text()).isEqualTo("Thank you for your report");
        long id = reportWith(details);
        assertThat(jdbc.sql("select reason || ' ' || status || ' ' || reply_email from problem_report where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("INFORMATION_WRONG OPEN reader@example.org");

        FormSession moderator = moderator("Queue Reader");
        Document queue = moderator.page("/moderation");
        Element row = queue.selectFirst("section.reports tr:has(a[href=/moderation/reports/" + id + "])");
        assertThat(row).isNotNull();
        assertThat(row.text())
                .contains("Observatoire des Collines")
                .contains("Some information is wrong or out of date");
        assertThat(row.select(".badge-urgent")).isEmpty();

        Document report = moderator.page("/moderation/reports/" + id);
        assertThat(report.selectFirst(".report-details").text()).isEqualTo(details);
        assertThat(report.select("a[href=/organisations/" + SLUG + "]").text()).contains("Observatoire des Collines");
        assertThat(report.select("a[href=mailto:reader@example.org]")).hasSize(1);
        assertThat(checker.errorsIn(moderator.get("/moderation").body())).isEmpty();
        assertThat(checker.errorsIn(moderator.get("/moderation/reports/" + id).body()))
                .isEmpty();
    }

    @Test
    void showsUrgentSafetyReportsMarkedAndBeforeEverythingElseInTheQueue() {
        long ordinary = send("DUPLICATE", "Listed twice " + UUID.randomUUID());
        long urgent = send("PUTS_PEOPLE_AT_RISK", "The director's home address is shown " + UUID.randomUUID());

        Document queue = moderator("Urgent Reader").page("/moderation");

        List<String> order = queue.select("section.reports tbody tr a").eachAttr("href");
        assertThat(order).contains("/moderation/reports/" + urgent, "/moderation/reports/" + ordinary);
        assertThat(order.indexOf("/moderation/reports/" + urgent))
                .isLessThan(order.indexOf("/moderation/reports/" + ordinary));
        List<Boolean> urgentRows = queue.select("section.reports tbody tr").stream()
                .map(tr -> tr.hasClass("urgent"))
                .toList();
        assertThat(urgentRows.indexOf(false) == -1 || urgentRows.lastIndexOf(true) < urgentRows.indexOf(false))
                .as("every urgent report comes before the others: " + urgentRows)
                .isTrue();
        Element urgentRow = queue.selectFirst("tr:has(a[href=/moderation/reports/" + urgent + "])");
        assertThat(urgentRow.selectFirst(".badge-urgent").text()).isEqualTo("Urgent: people at risk");
        // Before the submissions, or before the message that there are none: asserted either way.
        Element reports = queue.selectFirst("section.reports");
        Element submissions = queue.selectFirst("main > table.queue");
        Element after = submissions != null
                ? submissions
                : reports.nextElementSiblings().last();
        assertThat(after).isNotNull().isNotSameAs(reports);
        assertThat(reports.siblingIndex()).isLessThan(after.siblingIndex());
    }

    @Test
    void turnsAwayAFormSentSecondsAfterItWasShownAndKeepsTheAnswers() {
        String details = "Too fast " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "ORGANISATION_CLOSED", details);
        form.put("replyEmail", "quick@example.org");
        form.put("stamp", stamps.issuedAt(Instant.now()));

        Document page = refused(form, 422);

        assertThat(page.selectFirst("#error-summary").text()).contains("That was very quick");
        assertAnswersKept(page, "ORGANISATION_CLOSED", details, "quick@example.org");
        assertThat(countWith(details)).isZero();
    }

    @Test
    void turnsAwayATamperedOrReplayedOldStamp() {
        String details = "Old form " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "OTHER", details);
        form.put("stamp", stamps.issuedAt(Instant.now().minus(Duration.ofHours(25))));

        assertThat(refused(form, 422).selectFirst("#error-summary").text()).contains("more than a day ago");

        String genuine = stamps.issuedAt(Instant.now().minusSeconds(60));
        form.put(
                "stamp",
                (Long.parseLong(genuine.substring(0, genuine.indexOf('.'))) - 3600)
                        + genuine.substring(genuine.indexOf('.')));
        Document page = refused(form, 422);
        assertThat(page.selectFirst("#error-summary").text()).contains("could not be checked");
        assertAnswersKept(page, "OTHER", details, "");
        assertThat(countWith(details)).isZero();
    }

    @Test
    void makesOneReportOfAFormSentTwiceAndANewOneOfAnotherVisitorsReplayedToken() {
        String details = "Sent twice " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "INFORMATION_WRONG", details);

        HttpResponse<String> first = reader.postUrlEncoded(FORM, form);
        HttpResponse<String> second = reader.postUrlEncoded(FORM, form);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(countWith(details)).isEqualTo(1);

        FormSession other = new FormSession(port, "en");
        String otherDetails = "Replayed token " + UUID.randomUUID();
        Map<String, String> replayed = filled(other, "INFORMATION_WRONG", otherDetails);
        replayed.put("formToken", form.get("formToken"));
        assertThat(other.postUrlEncoded(FORM, replayed).statusCode()).isEqualTo(302);
        assertThat(countWith(otherDetails))
                .as("another visitor's token is a new form")
                .isEqualTo(1);
        assertThat(countWith(details)).isEqualTo(1);
    }

    @Test
    void limitsReportsFromOneAddressWithA429ThatKeepsTheAnswers() {
        for (int i = 1; i <= 10; i++) {
            assertThat(reader.postUrlEncoded(
                                    FORM, filled(reader, "OTHER", "Report number " + i + " " + UUID.randomUUID()))
                            .statusCode())
                    .as("report " + i)
                    .isEqualTo(302);
        }
        String details = "One too many " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "DUPLICATE", details);
        form.put("replyEmail", "many@example.org");

        HttpResponse<String> eleventh = reader.postUrlEncoded(FORM, form);

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3601L));
        Document page = Jsoup.parse(eleventh.body());
        assertThat(page.selectFirst("#error-summary").text()).contains("send the form again in");
        assertAnswersKept(page, "DUPLICATE", details, "many@example.org");
        assertThat(countWith(details)).isZero();
    }

    @Test
    void refusesATextOverTheLimitAndAMissingReasonWithTheAnswersKept() {
        String details = "x".repeat(ReportForm.MAX_DETAILS) + "y";
        Map<String, String> form = filled(reader, "INFORMATION_WRONG", details);

        Document page = refused(form, 422);

        assertThat(page.selectFirst("#details-error").text())
                .isEqualTo("Keep your report to 2,000 characters or fewer.");
        assertThat(page.selectFirst("#error-summary a[href=#details]")).isNotNull();
        assertAnswersKept(page, "INFORMATION_WRONG", details, "");

        form.remove("reason");
        form.put("details", "No reason given " + UUID.randomUUID());
        form.put("replyEmail", "not an address");
        Document second = refused(form, 422);
        assertThat(second.selectFirst("#reason-error").text()).isEqualTo("Choose what the problem is.");
        assertThat(second.selectFirst("#replyEmail-error").text()).contains("Enter an email address");
        assertThat(second.selectFirst("#replyEmail").val()).isEqualTo("not an address");
        assertThat(countWith(form.get("details"))).isZero();
    }

    @Test
    void refusesABodyFarOverTheFormsFieldsWith413BeforeReadingItAndStoresNothing() {
        String start = "Far too long " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "INFORMATION_WRONG", start + "x".repeat(70_000));

        HttpResponse<String> sent = reader.postUrlEncoded(FORM, form);

        assertThat(sent.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("The form sent is too large");
        assertThat(page.title()).startsWith("The form sent is too large");
        assertThat(jdbc.sql("select count(*) from problem_report where details like ?")
                        .param(start + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void thanksARobotThatFillsTheHoneypotAndStoresNothing() {
        String details = "Honeypot " + UUID.randomUUID();
        Map<String, String> form = filled(reader, "OTHER", details);
        form.put("url", "https://spam.example");

        HttpResponse<String> sent = reader.postUrlEncoded(FORM, form);

        assertThat(sent.headers().firstValue("Location")).hasValue(FORM + "/thanks");
        assertThat(countWith(details)).isZero();
    }

    @Test
    void resolvesAndDismissesWithANoteInTheModerationLogAndAnswersASecondDecisionWith409() {
        long resolved = send("INFORMATION_WRONG", "Wrong founding year " + UUID.randomUUID());
        long dismissed = send("NOT_PEACEBUILDING", "Not peacebuilding " + UUID.randomUUID());
        FormSession moderator = moderator("Report Decider");
        FormSession other = moderator("Other Decider");
        Document otherPage = other.page("/moderation/reports/" + resolved);

        HttpResponse<String> resolve = decide(moderator, resolved, "resolve", "Corrected the founding year");
        HttpResponse<String> dismiss = decide(moderator, dismissed, "dismiss", "It works on peace education");

        assertThat(resolve.statusCode()).isEqualTo(302);
        assertThat(dismiss.statusCode()).isEqualTo(302);
        assertThat(status(resolved)).isEqualTo("RESOLVED");
        assertThat(status(dismissed)).isEqualTo("DISMISSED");
        assertThat(logged(resolved, "REPORT_RESOLVED"))
                .isEqualTo("Report Decider|#" + resolved + ": Corrected the founding year");
        assertThat(logged(dismissed, "REPORT_DISMISSED"))
                .isEqualTo("Report Decider|#" + dismissed + ": It works on peace education");
        Document page = moderator.page("/moderation/reports/" + resolved);
        assertThat(page.selectFirst(".flash").text()).isEqualTo("The report is resolved.");
        assertThat(page.selectFirst(".decision-note").text()).isEqualTo("Corrected the founding year");
        assertThat(page.select("form.decision")).isEmpty();

        Map<String, String> late = decisionFields(otherPage, "Dismissed by the late one");
        HttpResponse<String> conflict = other.postUrlEncoded("/moderation/reports/" + resolved + "/dismiss", late);
        assertThat(conflict.statusCode()).isEqualTo(409);
        Document conflictPage = Jsoup.parse(conflict.body());
        assertThat(conflictPage.selectFirst("#typed").text()).isEqualTo("Dismissed by the late one");
        assertThat(conflictPage.selectFirst(".conflict-who").text()).contains("Report Decider");
        assertThat(conflictPage.select("a[href=/moderation/reports/" + resolved + "]"))
                .hasSize(1);
        assertThat(status(resolved)).isEqualTo("RESOLVED");
        assertThat(checker.errorsIn(conflict.body())).isEmpty();
    }

    @Test
    void asksForANoteBeforeDeciding() {
        long id = send("OTHER", "Needs a note " + UUID.randomUUID());
        FormSession moderator = moderator("Noteless");

        HttpResponse<String> response = decide(moderator, id, "resolve", "  ");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(moderator
                        .page("/moderation/reports/" + id)
                        .selectFirst(".flash")
                        .text())
                .isEqualTo("Write a note before deciding.");
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void refusesANoteOverTheLimitWith422KeepingItWholeAndDecidesNothing() {
        long id = send("OTHER", "Long note " + UUID.randomUUID());
        FormSession moderator = moderator("Long Noter");
        String note = "Checked the profile. " + "x".repeat(2000);

        HttpResponse<String> response = decide(moderator, id, "dismiss", note);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#note").wholeText()).as("kept whole").isEqualTo(note);
        assertThat(page.selectFirst("#note-error").text())
                .isEqualTo("Shorten this to 2,000 characters or fewer: it has 2,021."
                        + " Nothing was decided; your text is kept here.");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#note");
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(checker.errorsIn(response.body())).isEmpty();
    }

    @Test
    void aNoteOverTheLimitOnAReportDecidedMeanwhileGetsThe409PageWithTheNoteWhole() {
        long id = send("OTHER", "Long late note " + UUID.randomUUID());
        FormSession late = moderator("Late Long Noter");
        Document seen = late.page("/moderation/reports/" + id);
        assertThat(decide(moderator("Quick Decider"), id, "resolve", "Done").statusCode())
                .isEqualTo(302);
        String note = "x".repeat(2001);

        HttpResponse<String> response =
                late.postUrlEncoded("/moderation/reports/" + id + "/dismiss", decisionFields(seen, note));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.body()).selectFirst("#typed").text()).isEqualTo(note);
        assertThat(status(id)).isEqualTo("RESOLVED");
    }

    @Test
    void keepsReportsFromEveryoneButModerators() {
        String details = "Private report " + UUID.randomUUID();
        long id = send("PUTS_PEOPLE_AT_RISK", details);
        FormSession anonymous = new FormSession(port, "en");

        HttpResponse<String> page = anonymous.get("/moderation/reports/" + id);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(anonymous.get("/organisations/" + SLUG).body()).doesNotContain(details);
        assertThat(anonymous
                        .postUrlEncoded("/moderation/reports/" + id + "/resolve", Map.of("version", "0", "note", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void formWithErrorsAndThanksPagesAreValid(String language) {
        FormSession visitor = new FormSession(port, language);
        Map<String, String> form = filled(visitor, "OTHER", "");
        HttpResponse<String> withErrors = visitor.postUrlEncoded(FORM, form);
        assertThat(withErrors.statusCode()).isEqualTo(422);
        assertThat(checker.errorsIn(withErrors.body())).as("form with errors").isEmpty();

        form.put("details", "Valid pages " + UUID.randomUUID());
        String thanks = visitor.postUrlEncoded(FORM, form)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(checker.errorsIn(visitor.get(thanks).body())).as("thanks").isEmpty();
    }

    /** The form as the page gives it, filled in as a person would, a minute after it was shown. */
    private Map<String, String> filled(FormSession visitor, String reason, String details) {
        Map<String, String> form = new LinkedHashMap<>();
        FormSession.fieldsOf(visitor.page(FORM)).forEach((name, values) -> form.put(name, values.get(0)));
        form.put("reason", reason);
        form.put("details", details);
        form.put("stamp", stamps.issuedAt(Instant.now().minusSeconds(60)));
        return form;
    }

    private long send(String reason, String details) {
        FormSession visitor = new FormSession(port, "en");
        assertThat(visitor.postUrlEncoded(FORM, filled(visitor, reason, details))
                        .statusCode())
                .isEqualTo(302);
        return reportWith(details);
    }

    private Document refused(Map<String, String> form, int status) {
        HttpResponse<String> response = reader.postUrlEncoded(FORM, form);
        assertThat(response.statusCode()).isEqualTo(status);
        return Jsoup.parse(response.body());
    }

    private static void assertAnswersKept(Document page, String reason, String details, String email) {
        assertThat(page.select("input[name=reason][checked]").eachAttr("value")).containsExactly(reason);
        assertThat(page.selectFirst("#details").wholeText()).isEqualTo(details);
        assertThat(page.selectFirst("#replyEmail").val()).isEqualTo(email);
    }

    private FormSession moderator(String name) {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, name));
        return moderator;
    }

    private static Map<String, String> decisionFields(Document page, String note) {
        Map<String, String> fields = new LinkedHashMap<>();
        FormSession.fieldsOf(page).forEach((name, values) -> fields.put(name, values.get(0)));
        fields.put("note", note);
        return fields;
    }

    private HttpResponse<String> decide(FormSession moderator, long id, String decision, String note) {
        Document page = moderator.page("/moderation/reports/" + id);
        return moderator.postUrlEncoded("/moderation/reports/" + id + "/" + decision, decisionFields(page, note));
    }

    private long reportWith(String details) {
        return jdbc.sql("select id from problem_report where details = ?")
                .param(details)
                .query(Long.class)
                .single();
    }

    private int countWith(String details) {
        return jdbc.sql("select count(*) from problem_report where details = ?")
                .param(details)
                .query(Integer.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from problem_report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String logged(long reportId, String action) {
        return jdbc.sql("""
                select l.actor_name || '|' || l.reason from moderation_log l
                join problem_report r on r.organisation_id = l.organisation_id
                where r.id = ? and l.action = ? and l.reason like ?""")
                .params(reportId, action, "#" + reportId + ":%")
                .query(String.class)
                .single();
    }
}
