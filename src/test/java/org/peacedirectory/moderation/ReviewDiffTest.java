package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.SqlStatements;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The review diff, the moderation log and the tracking page over real HTTP, as moderators and submitters
 * read them: names rather than codes, the words a suggestion changes marked, and a decided change still
 * shown against the profile it changed.
 */
@DirectoryTest
class ReviewDiffTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    private static final String DESCRIPTION = "The network trains community mediators in Casamance.\n\n"
            + "It brings village chiefs and youth leaders together after disputes over land.";

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
    ApplicationContext app;

    FormSession moderator;
    Moderators.Login login;

    @BeforeEach
    void logIn() {
        moderator = new FormSession(port, "en");
        login = Moderators.withPassword(jdbc, encoder, "Diff Moderator");
        Moderators.logIn(moderator, login);
    }

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void aPhoneNumberSuggestedForTheReferenceProfileIsTheOnlyChangeShown() {
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, stamps, "conascipal");
        change.put("organisation.contactPhone", List.of("+223 20 22 33 44"));
        long id = suggest(reader, "conascipal", change);

        Document review = review(id);
        assertThat(review.select(".diff tr.change")).hasSize(1);
        assertThat(review.selectFirst(".diff tr.change th").text()).isEqualTo("Contact phone");
        assertThat(review.selectFirst(".diff tr.change td.after").text()).isEqualTo("+223 20 22 33 44");
        assertValid(review);

        post(id, "reject", Map.of("reason", "OTHER"));
    }

    @Test
    void countriesThemesAndLanguagesAreNamedAndChangedWordsMarked() {
        Organisation live = published("Diff Names Mediators");
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, stamps, live.getSlug());
        change.put("organisation.countriesOfWork", new ArrayList<>(List.of("DE")));
        change.put("organisation.themes", new ArrayList<>(List.of("dialogue-and-mediation")));
        change.put("prose.description", List.of(DESCRIPTION.replace("village chiefs", "religious leaders")));
        long id = suggest(reader, live.getSlug(), change);

        Document review = review(id);
        assertThat(rowNames(review))
                .containsExactly("Other countries where it works", "Themes it works on", "Description (English)");
        Element countries = row(review, "Other countries where it works");
        assertThat(countries.selectFirst("td.after ins").ownText()).isEqualTo("Germany");
        Element themes = row(review, "Themes it works on");
        assertThat(themes.selectFirst("td.before del").ownText()).isEqualTo("Peace education");
        assertThat(review.selectFirst(".diff").text()).doesNotContain("peace-education", "DE ", "SN");
        Element description = row(review, "Description (English)");
        assertThat(description.select("td.before del").eachText())
                .singleElement()
                .asString()
                .contains("village")
                .doesNotContain("mediators");
        assertThat(description.selectFirst("td.after ins").text())
                .as("the added words, said to screen readers as added")
                .startsWith("added: ")
                .contains("religious")
                .endsWith("end of added text");
        assertValid(review);

        FormSession french = new FormSession(port, "fr");
        Moderators.logIn(french, login);
        Document inFrench = french.page("/moderation/submissions/" + id);
        assertThat(inFrench.select(".diff tr.change th").eachText())
                .contains("Autres pays où elle agit", "Description (anglais)");
        assertThat(inFrench.selectFirst(".diff").text()).contains("Allemagne").doesNotContain("Germany");
    }

    @Test
    void anApprovedChangeStillShowsWhatItChangedAgainstTheProfileThen() {
        Organisation live = published("Diff Approved Mediators");
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, stamps, live.getSlug());
        change.put("organisation.city", List.of("Kolda"));
        long id = suggest(reader, live.getSlug(), change);
        assertThat(rowNames(review(id))).containsExactly("City");

        post(id, "approve", Map.of("verification", "KEEP"));

        Document decided = review(id);
        assertThat(decided.text()).doesNotContain("This suggestion changes nothing.");
        assertThat(rowNames(decided)).containsExactly("City");
        assertThat(row(decided, "City").selectFirst("td.after").text()).isEqualTo("Kolda");
        assertThat(decided.select(".diff thead th").eachText()).contains("At the decision");
        assertValid(decided);
    }

    @Test
    void aDecidedChangeReadsOnlyTheRevisionItIsComparedWithAndTheHistoryNoSnapshot() {
        Organisation live = published("Diff Revisions Mediators");
        long first = changeOfCity(live, "Kolda");
        post(first, "approve", Map.of("verification", "KEEP"));
        for (String city : List.of("Sedhiou", "Tambacounda")) {
            post(changeOfCity(live, city), "approve", Map.of("verification", "KEEP"));
        }
        long refused = changeOfCity(live, "Matam");
        post(refused, "reject", Map.of("reason", "OTHER"));
        Document[] pages = new Document[3];

        List<SqlStatements.Read> approvedReads = SqlStatements.readDuring(() -> pages[0] = review(first));
        List<SqlStatements.Read> refusedReads = SqlStatements.readDuring(() -> pages[1] = review(refused));
        List<SqlStatements.Read> historyReads =
                SqlStatements.readDuring(() -> pages[2] = moderator.page("/moderation/organisations/" + live.getId()));

        assertThat(row(pages[0], "City").selectFirst("td.after").text()).isEqualTo("Kolda");
        assertThat(row(pages[1], "City").selectFirst("td.before").text()).contains("Tambacounda");
        assertThat(revisionRows(approvedReads))
                .as("the revision before the one it made")
                .isEqualTo(1);
        assertThat(revisionRows(refusedReads))
                .as("the revision in force when it was refused")
                .isEqualTo(1);
        assertThat(pages[2].select("tr.revision")).hasSize(4);
        assertThat(historyReads)
                .filteredOn(read -> read.sql().contains("organisation_revision"))
                .as("the list of revisions, without what each said")
                .isNotEmpty()
                .noneMatch(read -> read.sql().contains("snapshot"));
    }

    /** The rows the statements read from the profile's revisions. */
    private static long revisionRows(List<SqlStatements.Read> reads) {
        return reads.stream()
                .filter(read -> read.sql().contains("organisation_revision"))
                .mapToLong(SqlStatements.Read::rows)
                .sum();
    }

    /** A reader's suggestion of another city for the profile, waiting: its id. */
    private long changeOfCity(Organisation live, String city) {
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, stamps, live.getSlug());
        change.put("organisation.city", List.of(city));
        return suggest(reader, live.getSlug(), change);
    }

    @Test
    void theLogNamesTheOrganisationTheSubmissionAndTheReason() {
        Organisation live = published("Diff Logged Mediators");
        long rejected = support.submit(new FormSession(port, "en"), stamps, "Diff Rejected Circle");
        post(rejected, "reject", Map.of("reason", "NOT_PEACEBUILDING", "message", "A football club."));

        Document log = moderator.page("/moderation/log?submission=" + rejected);
        assertThat(log.selectFirst(".log-reason").text())
                .isEqualTo("Not a peacebuilding organisation: A football club.");
        assertThat(log.selectFirst(".log-submission").text()).matches("PD-\\d{4}-\\d{6}");
        assertThat(log.selectFirst(".log-submission-name").text()).isEqualTo("Diff Rejected Circle");
        assertValid(log);

        Document approvals = moderator.page("/moderation/log?action=SUBMISSION_APPROVED");
        assertThat(approvals.select(".log-organisation").eachText())
                .contains("Diff Logged Mediators")
                .noneMatch(text -> text.startsWith("profile "));
        assertThat(approvals.select(".log-organisation").eachAttr("href"))
                .contains("/moderation/organisations/" + live.getId());

        assertThat(loggedIn("fr").get("/moderation/log?submission=" + rejected).body())
                .as("in French, with a no-break space before the colon")
                .contains(frenchReason() + "\u00a0: A football club.");
    }

    @Test
    void theTrackingPageNamesTheOrganisationAndKeepsTheReferenceWhole() {
        FormSession submitter = new FormSession(port, "en");
        long id = support.submit(submitter, stamps, "Diff Tracked Circle");
        String token = jdbc.sql("select tracking_token from submission where id = ?")
                .param(id)
                .query(String.class)
                .single();

        Document tracking = submitter.page("/submissions/" + token);

        assertThat(tracking.selectFirst(".tracked-organisation").text()).isEqualTo("Diff Tracked Circle");
        assertThat(tracking.selectFirst("h1 .nowrap").text()).matches("PD-\\d{4}-\\d{6}");
        assertValid(tracking);
    }

    private String frenchReason() {
        return app.getMessage("moderation.reason.NOT_PEACEBUILDING", null, java.util.Locale.FRENCH);
    }

    private FormSession loggedIn(String language) {
        FormSession session = new FormSession(port, language);
        Moderators.logIn(session, login);
        return session;
    }

    /** A new organisation with a description, published as a moderator approves it. */
    private Organisation published(String name) {
        FormSession submitter = new FormSession(port, "en");
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, name);
        form.put("prose.description", List.of(DESCRIPTION));
        assertThat(submitter.post("/submit", form, Map.of()).statusCode()).isEqualTo(302);
        support.clearRateLimits();
        long id = jdbc.sql("select id from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();
        return Approvals.approve(app, id);
    }

    private long suggest(FormSession reader, String slug, Map<String, List<String>> change) {
        long before = changesOf(slug);
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        support.clearRateLimits();
        assertThat(changesOf(slug)).isEqualTo(before + 1);
        return jdbc.sql("""
                select s.id from submission s join organisation o on o.id = s.organisation_id
                where o.slug = ? order by s.id desc limit 1""").param(slug).query(Long.class).single();
    }

    private long changesOf(String slug) {
        return jdbc.sql(
                        "select count(*) from submission s join organisation o on o.id = s.organisation_id where o.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private Document review(long id) {
        return moderator.page("/moderation/submissions/" + id);
    }

    private static List<String> rowNames(Document review) {
        return review.select(".diff tr.change th").eachText();
    }

    private static Element row(Document review, String name) {
        return review.select(".diff tr.change").stream()
                .filter(row -> row.selectFirst("th").text().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private void post(long id, String action, Map<String, String> values) {
        Document page = review(id);
        Map<String, List<String>> fields = new HashMap<>();
        fields.put("_csrf", List.of(page.selectFirst("input[name=_csrf]").val()));
        fields.put("version", List.of(page.selectFirst("input[name=version]").val()));
        values.forEach((name, value) -> fields.put(name, List.of(value)));
        HttpResponse<String> response =
                moderator.post("/moderation/submissions/" + id + "/" + action, fields, Map.of());
        assertThat(response.statusCode()).as(action).isEqualTo(302);
    }

    private static void assertValid(Document page) {
        assertThat(checker.errorsIn(page.outerHtml())).isEmpty();
    }
}
