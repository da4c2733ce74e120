package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** The public form over real HTTP, with CSRF, as a browser without JavaScript uses it. */
class SubmissionFormTest extends SubmissionWebTest {

    @Test
    void storesANewOrganisationAsPendingAndShowsTheReferenceAndTrackingLink() {
        Map<String, List<String>> form = filledForm("Sahel Listening Circles");

        HttpResponse<String> sent = browser.post("/submit", form, Map.of());

        assertThat(sent.statusCode()).isEqualTo(302);
        String thanksPath = sent.headers().firstValue("Location").orElseThrow();
        assertThat(thanksPath).matches(".*/submissions/[A-Za-z0-9_-]{43}/thanks");
        Document thanks = browser.page(thanksPath);
        assertThat(thanks.selectFirst(".reference").text()).matches("PD-\\d{4}-\\d{6}");
        String trackingUrl = thanks.selectFirst("a.tracking-link").attr("href");
        assertThat(browser.page(trackingUrl).selectFirst(".status").text()).isEqualTo("Waiting for review");

        assertThat(jdbc.sql("select status from submission where proposal ->> 'name' = 'Sahel Listening Circles'")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Sahel Listening Circles'")
                        .query(Integer.class)
                        .single())
                .as("not public until approved")
                .isZero();
    }

    @Test
    void keepsTheProposalAsJsonWithNormalisedDatesAndNoSlugOrVerification() {
        Map<String, List<String>> form = filledForm("Dated Activities Network");
        form.put("activities[0].date", List.of("avril 2000"));

        browser.post("/submit", form, Map.of());

        String proposal = jdbc.sql("select proposal::text from submission where proposal ->> 'name' = ?")
                .param("Dated Activities Network")
                .query(String.class)
                .single();
        assertThat(proposal)
                .contains("\"date\": \"2000-04\"")
                .doesNotContain("slug")
                .doesNotContain("verif");
    }

    @Test
    void storesOneSubmissionWhenTheSameFormIsSentTwice() {
        Map<String, List<String>> form = filledForm("Double Click Association");

        HttpResponse<String> first = browser.post("/submit", form, Map.of());
        HttpResponse<String> second = browser.post("/submit", form, Map.of());

        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.sql("select count(*) from submission where proposal ->> 'name' = 'Double Click Association'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "formToken={0}")
    @CsvSource({"''", "'not a token <script>'"})
    void acceptsAFormWhoseHiddenTokenWasLostOrTamperedWith(String token) {
        Map<String, List<String>> form = filledForm("Hand Made Request " + token.length());
        if (token.isEmpty()) {
            form.remove("state.formToken");
        } else {
            form.put("state.formToken", List.of(token));
        }

        HttpResponse<String> sent = browser.post("/submit", form, Map.of());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select form_token from submission where proposal ->> 'name' = ?")
                        .param("Hand Made Request " + token.length())
                        .query(String.class)
                        .single())
                .as("a fresh token, bound to the session")
                .matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void dropsControlCharactersAndStoresEveryLineBreakAsALineFeed() {
        Map<String, List<String>> form = filledForm("Nul\u0000 Byte\u0007 Association");
        form.put("prose.description", List.of("First line.\r\n\tSecond line.\u0000\rThird line."));

        assertThat(browser.post("/submit", form, Map.of()).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("select proposal -> 'prose' -> 'en' ->> 'description' from submission"
                                + " where proposal ->> 'name' = 'Nul Byte Association'")
                        .query(String.class)
                        .single())
                .isEqualTo("First line.\n\tSecond line.\nThird line.");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "organisation.name|''|name",
                "organisation.countryCode|ZZ|countryCode",
                "organisation.themes|not-a-theme|themes",
                "activities[0].date|2003/2002|activities0.date",
                "activities[0].date|13/1999|activities0.date",
                "organisation.website|javascript:alert(1)|website",
                "organisation.website|ftp://example.org|website",
                "organisation.foundingYear|nineteen|foundingYear",
                "submitter.email|not-an-email|submitterEmail",
                "submitter.consent|''|consent"
            })
    void answersABadValueWithAMessageByItsFieldAndKeepsEverythingTyped(String field, String value, String id) {
        Map<String, List<String>> form = filledForm("Kept Name Organisation");
        form.put(field, value.isEmpty() ? List.of() : List.of(value));
        form.put("organisation.city", List.of("Ségou"));

        HttpResponse<String> response = browser.post("/submit", form, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#error-summary a[href=\"#" + id + "\"]")).hasSize(1);
        assertThat(page.select(".field-error")).isNotEmpty();
        assertThat(page.selectFirst("#city").val()).isEqualTo("Ségou");
        assertThat(page.selectFirst("#activities0\\.text").text()).isEqualTo("Trained forty mediators.");
        if (!field.equals("organisation.name")) {
            assertThat(page.selectFirst("#name").val()).isEqualTo("Kept Name Organisation");
        }
    }

    @Test
    void refusesASummaryOfTenThousandCharacters() {
        Map<String, List<String>> form = filledForm("Long Summary Organisation");
        form.put("prose.summary", List.of("a".repeat(10_000)));

        HttpResponse<String> response = browser.post("/submit", form, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).selectFirst("#summary-error").text())
                .isEqualTo("Keep the summary to 300 characters or fewer.");
    }

    @Test
    void refusesAPostWithoutCsrfToken() {
        HttpResponse<String> response = new FormSession(port, "en")
                .postUrlEncoded("/submit", Map.of("organisation.name", "No Token", "prose.summary", "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form could not be accepted").doesNotContain("Exception");
    }

    @Test
    void addsAndRemovesActivitiesWithoutJavaScriptKeepingWhatWasTyped() {
        Map<String, List<String>> form = filledForm("Rows Organisation");
        form.put("action", List.of("addActivity"));

        Document added = Jsoup.parse(browser.post("/submit", form, Map.of()).body());

        assertThat(added.select(".activity-row")).hasSize(2);
        assertThat(added.selectFirst("#activities0\\.text").text()).isEqualTo("Trained forty mediators.");
        assertThat(added.select(".field-error")).isEmpty();

        Map<String, List<String>> twoRows = FormSession.fieldsOf(added);
        twoRows.put("activities[1].text", List.of("Second activity"));
        twoRows.put("action", List.of("removeActivity:0"));
        Document removed =
                Jsoup.parse(browser.post("/submit", twoRows, Map.of()).body());

        assertThat(removed.select(".activity-row")).hasSize(1);
        assertThat(removed.selectFirst("#activities0\\.text").text()).isEqualTo("Second activity");
        assertThat(removed.selectFirst("#name").val()).isEqualTo("Rows Organisation");
    }

    @Test
    void fillsTheSuggestEditFormWithTheLiveProfileAndStoresAChangeTiedToIt() {
        Document page = browser.page("/organisations/conascipal/suggest-edit");
        Map<String, List<String>> form = FormSession.fieldsOf(page);

        assertThat(form.get("organisation.name"))
                .containsExactly(
                        "Coalition Nationale de la Société Civile pour la Paix et la Lutte contre la Prolifération des Armes Légères");
        assertThat(page.select(".activity-row")).hasSize(15);
        assertThat(form.get("organisation.themes")).contains("small-arms-control");

        form.put("organisation.city", List.of("Bamako, Hamdallaye"));
        form.put("prose.sourceLanguage", List.of("es")); // even if the source language changes
        form.put("submitter.noteToModerators", List.of("The office moved."));
        fillSubmitter(form);
        HttpResponse<String> sent = browser.post("/organisations/conascipal/suggest-edit", form, Map.of());

        assertThat(sent.statusCode()).isEqualTo(302);
        var change = jdbc.sql("""
                select s.kind, o.slug, s.note_to_moderators, s.proposal ->> 'city' as city from submission s
                join organisation o on o.id = s.organisation_id where s.proposal ->> 'city' = 'Bamako, Hamdallaye'""").query().singleRow();
        assertThat(change)
                .containsEntry("kind", "CHANGE")
                .containsEntry("slug", "conascipal")
                .containsEntry("note_to_moderators", "The office moved.");
        assertThat(jdbc.sql("""
                select distinct a ->> 'language' from submission s, jsonb_array_elements(s.proposal -> 'activities') a
                where s.proposal ->> 'city' = 'Bamako, Hamdallaye'""").query(String.class).list())
                .as("activities keep the language they were written in")
                .containsExactly("fr");
    }

    @Test
    void sendsNoMailAndNeedsNoneWithoutMailSettings(@Autowired ApplicationContext context) {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .isNull();
        assertThat(browser.post("/submit", filledForm("No Mail Organisation"), Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void neverShowsPrivateContactDetailsInTheSuggestEditForm() {
        String privateEmail = jdbc.sql("""
                select contact_email from organisation
                where slug = 'observatoire-des-collines-alerte-precoce' and email_visibility = 'MODERATORS_ONLY'""").query(String.class).single();

        String page = browser.get("/organisations/observatoire-des-collines-alerte-precoce/suggest-edit")
                .body();

        assertThat(privateEmail).isNotBlank();
        assertThat(page).doesNotContain(privateEmail);
    }

    @Test
    void answersAnUnknownProfilesSuggestEditWith404() {
        assertThat(browser.get("/organisations/nobody/suggest-edit").statusCode())
                .isEqualTo(404);
    }

    private Map<String, List<String>> filledForm(String name) {
        return FilledForms.newOrganisation(browser, stamps, name);
    }

    private void fillSubmitter(Map<String, List<String>> form) {
        FilledForms.fillSubmitter(form, stamps);
    }
}
