package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Robots are turned away without a third party: honeypot, time trap, rate limit. */
class SpamProtectionTest extends SubmissionWebTest {

    @Test
    void thanksARobotThatFillsTheHoneypotAndStoresNothing() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Honeypot Robot Org");
        form.put("url", List.of("https://spam.example"));

        HttpResponse<String> response = browser.post("/submit", form, Map.of());

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/submissions/received"));
        assertThat(browser.get("/submissions/received").body()).contains("Thank you");
        assertThat(countNamed("Honeypot Robot Org")).isZero();
    }

    @Test
    void turnsAwayAFormSentSecondsAfterItWasShownAndKeepsTheAnswers() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Too Fast Org");
        form.put("state.stamp", List.of(stamps.issuedAt(Instant.now())));

        Document page = rejected(form);

        assertThat(page.selectFirst("#error-summary").text()).contains("That was very quick");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Too Fast Org");
        assertThat(countNamed("Too Fast Org")).isZero();
    }

    @Test
    void turnsAwayATamperedStamp() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Tampered Stamp Org");
        String genuine = stamps.issuedAt(Instant.now().minusSeconds(60));
        String forged = (Long.parseLong(genuine.substring(0, genuine.indexOf('.'))) - 3600)
                + genuine.substring(genuine.indexOf('.'));
        form.put("state.stamp", List.of(forged));

        assertThat(rejected(form).selectFirst("#error-summary").text()).contains("could not be checked");
        assertThat(countNamed("Tampered Stamp Org")).isZero();
    }

    @Test
    void turnsAwayAFormShownMoreThanADayAgo() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Expired Stamp Org");
        form.put("state.stamp", List.of(stamps.issuedAt(Instant.now().minus(Duration.ofHours(25)))));

        assertThat(rejected(form).selectFirst("#error-summary").text()).contains("more than a day ago");
        assertThat(countNamed("Expired Stamp Org")).isZero();
    }

    @Test
    void limitsSubmissionsFromOneAddressToFiveAnHourWithA429ThatKeepsTheAnswers() {
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> accepted = browser.post(
                    "/submit", FilledForms.newOrganisation(browser, stamps, "Rate Limited Org " + i), Map.of());
            assertThat(accepted.statusCode()).as("submission " + i).isEqualTo(302);
        }

        HttpResponse<String> sixth =
                browser.post("/submit", FilledForms.newOrganisation(browser, stamps, "Rate Limited Org 6"), Map.of());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3601L));
        Document page = Jsoup.parse(sixth.body());
        assertThat(page.selectFirst("#error-summary").text()).contains("send the form again in");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Rate Limited Org 6");
        assertThat(countNamed("Rate Limited Org 6")).isZero();
    }

    private Document rejected(Map<String, List<String>> form) {
        HttpResponse<String> response = browser.post("/submit", form, Map.of());
        assertThat(response.statusCode()).isEqualTo(422);
        return Jsoup.parse(response.body());
    }

    private int countNamed(String name) {
        return jdbc.sql("select count(*) from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }
}
