package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.WebClient;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provenance per fact (issue 17, item 3): the sources a submitter or a moderator gives travel with the
 * proposal, are published with it and shown as numbered notes, in the JSON-LD and in the API.
 */
@DirectoryTest
class FactSourcesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final NuHtmlChecker checker = new NuHtmlChecker();
    private static final String REFERENCE_TITLE =
            "CONASCIPAL's profile in a public directory of peacebuilding organisations (last updated September 2016)";

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

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void showsTheReferenceProfilesSourceAsOneNumberedNoteOnEveryFact() {
        Document page = new WebClient(port).page("/organisations/conascipal", "en");

        List<Element> notes = page.select("section.sources ol.source-notes > li");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).id()).isEqualTo("source-1");
        assertThat(notes.get(0).selectFirst("cite").text()).isEqualTo(REFERENCE_TITLE);
        assertThat(notes.get(0).text()).contains("Checked on September 15, 2016");
        assertThat(notes.get(0).selectFirst("time").attr("datetime")).isEqualTo("2016-09-15");
        assertThat(page.selectFirst("#sources-heading").text()).isEqualTo("Sources");
        // Founding year, place, two networks and fifteen activities: one note, cited by each.
        assertThat(page.select("sup.note-ref a").eachAttr("href")).hasSize(19).containsOnly("#source-1");
        Element mark = page.selectFirst(".facts sup.note-ref a");
        assertThat(mark.selectFirst(".visually-hidden").text()).isEqualTo("Source 1");
        assertThat(mark.selectFirst("[aria-hidden=true]").text()).isEqualTo("[1]");
        assertThat(page.select(".timeline-entry sup.note-ref")).hasSize(15);

        Document french = new WebClient(port).page("/organisations/conascipal", "fr");
        assertThat(french.selectFirst("section.sources li").text()).contains("Vérifié le 15 septembre 2016");
        assertThat(checker.errorsIn(french.outerHtml())).isEmpty();
    }

    @Test
    void jsonLdAndApiCarryTheReferenceProfilesSources() throws Exception {
        String html = new WebClient(port).get("/organisations/conascipal", "en").body();
        int open = html.indexOf("<script type=\"application/ld+json\">");
        int start = html.indexOf('>', open) + 1;
        JsonNode page = JSON.readTree(html.substring(start, html.indexOf("</script>", start)));
        JsonNode citation = page.get("citation").get(0);
        assertThat(page.get("citation")).hasSize(1);
        assertThat(citation.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(citation.get("name").asString()).isEqualTo(REFERENCE_TITLE);
        assertThat(citation.get("@id").asString()).endsWith("/organisations/conascipal#source-1");

        JsonNode record = api("/api/v1/organisations/conascipal");
        assertThat(record.get("sources").get("founded").get("title").asString()).isEqualTo(REFERENCE_TITLE);
        assertThat(record.get("sources").get("founded").get("checked").asString())
                .isEqualTo("2016-09-15");
        assertThat(record.get("sources").get("place").get("url").isNull()).isTrue();
        assertThat(record.get("sources").get("website").isNull()).isTrue();
        assertThat(record.get("networks").get(0).get("source").get("title").asString())
                .isEqualTo(REFERENCE_TITLE);
        assertThat(record.get("activities")
                        .valueStream()
                        .map(activity -> activity.get("source").get("checked").asString())
                        .distinct()
                        .toList())
                .containsExactly("2016-09-15");
    }

    @Test
    void aSourceGivenWithASubmissionBecomesANoteOnceApproved() throws Exception {
        FormSession submitter = new FormSession(port, "en");
        String name = "Provenance Fixture Harbour Forum";
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, name);
        form.put("organisation.foundingYear", List.of("2012"));
        form.put("organisation.networks", List.of("Sources Test Network"));
        form.put("organisation.website", List.of("https://circle.example.org/"));
        form.put("sources.foundingYear.url", List.of("https://registry.example.org/circle"));
        form.put("sources.foundingYear.title", List.of("Register of associations"));
        form.put("sources.foundingYear.checked", List.of("2024-03-01"));
        // The same source for the place: one note for both.
        form.put("sources.place.url", List.of("https://registry.example.org/circle"));
        form.put("sources.place.title", List.of("Register of associations"));
        form.put("sources.place.checked", List.of("2024-03-01"));
        form.put("sources.networks[0].network", List.of("Sources Test Network"));
        form.put("sources.networks[0].source.url", List.of("https://network.example.org/members"));
        form.put("activities[0].source.title", List.of("Annual report 2019"));
        HttpResponse<String> sent = submitter.post("/submit", form, Map.of());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        long id = jdbc.sql("select id from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();

        Approvals.approve(app, id);

        String slug = jdbc.sql("select slug from organisation where name = ?")
                .param(name)
                .query(String.class)
                .single();
        Document page = new WebClient(port).page("/organisations/" + slug, "en");
        List<Element> notes = page.select("section.sources ol.source-notes > li");
        assertThat(notes).extracting(Element::text).hasSize(3);
        Element register = notes.get(0).selectFirst("a");
        assertThat(register.attr("href")).isEqualTo("https://registry.example.org/circle");
        assertThat(register.attr("rel")).isEqualTo("nofollow noopener");
        assertThat(register.text()).isEqualTo("Register of associations");
        assertThat(notes.get(0).selectFirst("time").attr("datetime")).isEqualTo("2024-03-01");
        assertThat(notes.get(1).selectFirst("a").text()).isEqualTo("https://network.example.org/members");
        assertThat(notes.get(2).selectFirst("cite").text()).isEqualTo("Annual report 2019");
        assertThat(page.select(".facts sup.note-ref a").eachAttr("href"))
                .containsExactly("#source-1", "#source-1", "#source-2");
        assertThat(page.select(".timeline-entry sup.note-ref a").eachAttr("href"))
                .containsExactly("#source-3");
        assertThat(checker.errorsIn(page.outerHtml())).isEmpty();

        JsonNode record = api("/api/v1/organisations/" + slug);
        assertThat(record.get("sources").get("founded").get("url").asString())
                .isEqualTo("https://registry.example.org/circle");
        assertThat(record.get("networks").get(0).get("source").get("url").asString())
                .isEqualTo("https://network.example.org/members");
        assertThat(record.get("activities").get(0).get("source").get("title").asString())
                .isEqualTo("Annual report 2019");
        assertThat(record.get("activities").get(0).get("source").get("checked").isNull())
                .isTrue();

        // A suggested change shows the sources it was given, and the change keeps those it did not touch.
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, stamps, slug);
        assertThat(change.get("sources.foundingYear.url")).containsExactly("https://registry.example.org/circle");
        assertThat(change.get("activities[0].source.title")).containsExactly("Annual report 2019");
        change.put("sources.website.title", List.of("The circle's own site"));
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        long changeId = jdbc.sql("select id from submission where kind = 'CHANGE' and proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Rollback Sources"));
        assertThat(moderator
                        .page("/moderation/submissions/" + changeId)
                        .select(".diff tr")
                        .eachText())
                .as("the review's diff shows the added source")
                .anySatisfy(row -> assertThat(row).startsWith("Sources").contains("Website · The circle's own site"));
        Approvals.approve(app, changeId);
        Document changed = new WebClient(port).page("/organisations/" + slug, "en");
        assertThat(changed.select("section.sources li").eachText())
                .hasSize(4)
                .anySatisfy(note -> assertThat(note).contains("The circle's own site"));
        assertThat(jdbc.sql(
                                "select snapshot -> 'sources' -> 'facts' -> 'WEBSITE' ->> 'title' from organisation_revision"
                                        + " r join organisation o on o.id = r.organisation_id where o.slug = ? order by number")
                        .param(slug)
                        .query(String.class)
                        .list())
                .as("the revisions keep the sources, for a rollback")
                .containsExactly(null, "The circle's own site");

        long organisationId = jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        Document history = moderator.page("/moderation/organisations/" + organisationId);
        Map<String, List<String>> rollBack = new HashMap<>();
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
        assertThat(new WebClient(port)
                        .page("/organisations/" + slug, "en")
                        .select("section.sources li")
                        .eachText())
                .as("a rollback brings back the sources of the revision")
                .hasSize(3)
                .noneSatisfy(note -> assertThat(note).contains("The circle's own site"));
    }

    @Test
    void refusesAnAddressThatIsNoWebAddressAndADayInTheFutureKeepingTheAnswers() {
        FormSession submitter = new FormSession(port, "en");
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, "Sources Test Refused");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        form.put("organisation.website", List.of("https://refused.example.org/"));
        form.put("sources.website.url", List.of("javascript:alert(1)"));
        form.put("sources.website.title", List.of("Kept title"));
        form.put("activities[0].source.url", List.of("https://report.example.org/2019"));
        form.put("activities[0].source.checked", List.of(tomorrow));
        form.put("sources.contact.checked", List.of("2020-01-01"));

        HttpResponse<String> sent = submitter.post("/submit", form, Map.of());

        assertThat(sent.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("#error-summary li").eachText())
                .contains(
                        "The source's address \"javascript:alert(1)\" is not a web address: it must start with https:// or http://.",
                        "The day the source was checked cannot be in the future.",
                        "Give the source's web address or title with the day it was checked.");
        assertThat(page.selectFirst("#website\\.url").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.selectFirst("#website\\.url").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#website\\.title").val()).isEqualTo("Kept title");
        assertThat(page.selectFirst("#activities0\\.source\\.url").val()).isEqualTo("https://report.example.org/2019");
        assertThat(page.selectFirst("#activities0\\.source\\.checked").val()).isEqualTo(tomorrow);
        assertThat(page.selectFirst("#error-summary a[href=#activities0.source.checked]"))
                .isNotNull();
        assertThat(checker.errorsIn(sent.body())).isEmpty();
        assertThat(jdbc.sql("select count(*) from submission where proposal ->> 'name' = 'Sources Test Refused'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesASourceForANetworkTheFormDoesNotList() {
        FormSession submitter = new FormSession(port, "fr");
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, "Sources Test Networks");
        form.put("organisation.networks", List.of("Réseau listé"));
        form.put("sources.networks[0].network", List.of("Réseau inconnu"));
        form.put("sources.networks[0].source.title", List.of("Liste des membres"));

        HttpResponse<String> sent = submitter.post("/submit", form, Map.of());

        assertThat(sent.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.selectFirst("#error-summary a[href=#networks0.network]"))
                .isNotNull();
        // jsoup's text() would turn the French no-break spaces into spaces: checked in the page as sent.
        assertThat(sent.body())
                .contains("Le réseau «\u00a0Réseau inconnu\u00a0» ne figure pas parmi les réseaux indiqués plus"
                        + " haut\u00a0: écrivez-le comme dans la liste.");
        assertThat(page.selectFirst("#networks0\\.source\\.title").val()).isEqualTo("Liste des membres");
    }

    @Test
    void theModeratorsEditFormShowsAndChangesTheSources() {
        FormSession submitter = new FormSession(port, "en");
        String name = "Sources Test Edited Forum";
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, name);
        form.put("sources.place.title", List.of("Founding statutes"));
        form.put("sources.place.checked", List.of("2023-11-30"));
        form.put("activities[0].source.url", List.of("https://forum.example.org/2019"));
        assertThat(submitter.post("/submit", form, Map.of()).statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Ines Sources"));
        Document review = moderator.page("/moderation/submissions/" + id);
        Map<String, List<String>> claim = new HashMap<>();
        claim.put("_csrf", List.of(review.selectFirst("input[name=_csrf]").val()));
        claim.put("version", List.of(review.selectFirst("input[name=version]").val()));
        assertThat(moderator
                        .post("/moderation/submissions/" + id + "/claim", claim, Map.of())
                        .statusCode())
                .isEqualTo(302);

        Document edit = moderator.page("/moderation/submissions/" + id + "/edit");
        assertThat(edit.selectFirst("#place\\.title").val()).isEqualTo("Founding statutes");
        assertThat(edit.selectFirst("#place\\.checked").val()).isEqualTo("2023-11-30");
        assertThat(edit.selectFirst("#activities0\\.source\\.url").val()).isEqualTo("https://forum.example.org/2019");
        assertThat(checker.errorsIn(edit.outerHtml())).isEmpty();
        Map<String, List<String>> fields = FormSession.fieldsOf(edit);
        fields.put("sources.place.checked", List.of("2023-12-01"));
        fields.put("activities[0].source.url", List.of(""));
        fields.put("activities[0].source.title", List.of("Forum minutes"));
        assertThat(moderator
                        .post("/moderation/submissions/" + id + "/edit", fields, Map.of())
                        .statusCode())
                .isEqualTo(302);

        Document again = moderator.page("/moderation/submissions/" + id + "/edit");
        assertThat(again.selectFirst("#place\\.title").val()).isEqualTo("Founding statutes");
        assertThat(again.selectFirst("#place\\.checked").val()).isEqualTo("2023-12-01");
        assertThat(again.selectFirst("#activities0\\.source\\.url").val()).isEmpty();
        assertThat(again.selectFirst("#activities0\\.source\\.title").val()).isEqualTo("Forum minutes");
        Document reviewed = moderator.page("/moderation/submissions/" + id);
        assertThat(reviewed.select("section.sources li").eachText())
                .as("the review's preview shows the notes")
                .containsExactly("Founding statutes. Checked on December 1, 2023.", "Forum minutes.");
    }
}
