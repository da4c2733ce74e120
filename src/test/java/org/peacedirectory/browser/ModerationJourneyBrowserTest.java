package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole journey in a real browser: a reader submits an organisation, a moderator claims, edits and
 * approves it; a change is suggested and approved; the profile's history lists both revisions.
 */
class ModerationJourneyBrowserTest extends BrowserTest {

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void submittedOrganisationIsClaimedEditedApprovedThenChangedWithItsHistoryKept() {
        open("/submit", "en");
        type("name", "Journey Harbour Mediators");
        type("summary", "Fictional organisation for the moderation journey.");
        new Select(driver.findElement(By.id("countryCode"))).selectByValue("GH");
        type("activities0.text", "Mediated a fishing dispute.");
        fillSubmitter();
        submitAndWait();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");

        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Journey Moderator");
        driver.get(url("/login"));
        type("email", login.email());
        type("password", login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/moderation");
        assertNoAccessibilityViolations();

        clickAndWait(By.linkText(reference("Journey Harbour Mediators")));
        assertNoAccessibilityViolations();
        submitAndWaitForNewPage(By.cssSelector("form[action$='/claim'] button"));
        assertThat(driver.findElement(By.cssSelector(".claimed-by")).getText()).isEqualTo("Journey Moderator");

        clickAndWait(By.linkText("Edit the proposal"));
        assertNoAccessibilityViolations();
        type("city", "Tema");
        submitAndWaitForNewPage(By.cssSelector("button[value=submit]"));
        new Select(driver.findElement(By.id("verification"))).selectByValue("CONFIRM_EXISTENCE");
        submitAndWaitForNewPage(By.cssSelector("form[action$='/approve'] button"));

        String slug = jdbc.sql("select slug from organisation where name = 'Journey Harbour Mediators'")
                .query(String.class)
                .single();
        driver.get(url("/organisations/" + slug));
        assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("Tema");
        assertThat(driver.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Existence confirmed");

        clickAndWait(By.cssSelector(".explore a[href$='/suggest-edit']"));
        type("foundingYear", "2009");
        fillSubmitter();
        submitAndWait();

        driver.get(url("/moderation"));
        clickAndWait(By.linkText(changeReference("Journey Harbour Mediators")));
        assertThat(driver.findElement(By.cssSelector(".diff")).getText()).contains("2009");
        assertNoAccessibilityViolations();
        submitAndWaitForNewPage(By.cssSelector("form[action$='/approve'] button"));

        driver.get(url("/organisations/" + slug));
        assertThat(driver.findElement(By.cssSelector(".facts")).getText())
                .contains("2009")
                .contains("Tema");
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        driver.get(url("/moderation/organisations/" + id));
        assertThat(driver.findElements(By.cssSelector("tr.revision"))).hasSize(2);
        assertNoAccessibilityViolations();

        clickAndWait(By.linkText("Safety controls: what the public sees"));
        assertNoAccessibilityViolations();
        driver.findElement(By.id("safety-location-country")).click();
        submitAndWaitForNewPage(By.cssSelector("form.safety-form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).startsWith("Saved");
        driver.get(url("/organisations/" + slug));
        assertThat(driver.findElement(By.cssSelector(".facts")).getText()).doesNotContain("Tema");
        driver.get(url("/moderation/high-risk-countries"));
        assertNoAccessibilityViolations();

        driver.get(url("/moderation/log"));
        assertNoAccessibilityViolations();
    }

    private void fillSubmitter() {
        type("submitterName", "Journey Reader");
        type("submitterEmail", "journey@example.org");
        new Select(driver.findElement(By.id("submitterRelationship"))).selectByValue("OTHER");
        WebElement consent = driver.findElement(By.id("consent"));
        if (!consent.isSelected()) {
            consent.click();
        }
        driver.executeScript(
                "document.querySelector('input[name=\"state.stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
        driver.executeScript("var f = document.querySelector('input[name=\"state.duplicatesAcknowledged\"]');"
                + "if (!f) { f = document.createElement('input'); f.type = 'hidden';"
                + " f.name = 'state.duplicatesAcknowledged'; document.querySelector('main form').appendChild(f); }"
                + "f.value = 'true';");
    }

    private void submitAndWait() {
        submitAndWaitForNewPage(By.cssSelector("button[value=submit]"));
    }

    private String reference(String name) {
        return jdbc.sql("select reference from submission where kind = 'NEW_ORGANISATION' and proposal ->> 'name' = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    private String changeReference(String name) {
        return jdbc.sql("select reference from submission where kind = 'CHANGE' and proposal ->> 'name' = ?")
                .param(name)
                .query(String.class)
                .single();
    }
}
