package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Report a problem in a real browser: a reader reports that a profile puts people at risk, a moderator
 * finds it marked urgent in the queue, opens it and resolves it; every page passes axe.
 */
class ReportJourneyBrowserTest extends BrowserTest {

    private static final String SLUG = "fondation-fromager-reconciliation";

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RateLimits rateLimits;

    @AfterEach
    void forgetRateLimits() {
        rateLimits.limit("reports", 1, Duration.ofHours(1)).forgetAll();
    }

    @Test
    void anUrgentReportReachesTheQueueMarkedAndIsResolved() {
        open("/organisations/" + SLUG, "en");
        clickAndWait(By.linkText("Report a problem with this profile"));
        assertNoAccessibilityViolations();
        driver.findElement(By.cssSelector("input[name=reason][value=PUTS_PEOPLE_AT_RISK]"))
                .click();
        driver.findElement(By.id("details")).sendKeys("The page names a staff member who is being threatened.");
        driver.executeScript(
                "document.querySelector('input[name=\"stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your report");
        assertNoAccessibilityViolations();
        long id = jdbc.sql("select id from problem_report where details like 'The page names a staff member%'"
                        + " order by id desc limit 1")
                .query(Long.class)
                .single();

        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Report Journey Moderator");
        driver.get(url("/login"));
        driver.findElement(By.id("email")).sendKeys(login.email());
        driver.findElement(By.id("password")).sendKeys(login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("tr.urgent a[href$='/moderation/reports/" + id + "']"))
                        .isDisplayed())
                .isTrue();
        assertNoAccessibilityViolations();

        clickAndWait(By.cssSelector("a[href$='/moderation/reports/" + id + "']"));
        assertThat(driver.findElement(By.cssSelector(".badge-urgent")).getText())
                .isEqualTo("Urgent: people at risk");
        assertNoAccessibilityViolations();
        driver.findElement(By.id("note")).sendKeys("Removed the name from the profile.");
        submitAndWaitForNewPage(By.cssSelector("form.decision button:not(.secondary)"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText()).isEqualTo("The report is resolved.");
        assertNoAccessibilityViolations();
    }
}
