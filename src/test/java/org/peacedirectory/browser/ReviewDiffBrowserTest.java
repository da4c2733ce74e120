package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 18's acceptance: a reader suggests a new phone number for the reference profile in a real browser
 * (which sends the form's texts with CR LF line breaks), and the moderator's review shows that one field as
 * changed, nothing else; the review and the log read on a 390 px phone without anything cut off.
 */
class ReviewDiffBrowserTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
    void aPhoneNumberSuggestedForTheReferenceProfileIsTheOneChangedFieldInTheReview() throws IOException {
        long before = suggestionsFor("conascipal");
        open("/organisations/conascipal/suggest-edit", "en");
        type("contactPhone", "+223 20 21 22 23");
        fillSubmitter();
        submitAndWaitForNewPage(By.cssSelector("button[value=submit]"));
        assertThat(suggestionsFor("conascipal")).isEqualTo(before + 1);
        long id = jdbc.sql("""
                select s.id from submission s join organisation o on o.id = s.organisation_id
                where o.slug = 'conascipal' order by s.id desc limit 1""").query(Long.class).single();

        logIn();
        driver.get(url("/moderation/submissions/" + id));

        List<WebElement> changes = driver.findElements(By.cssSelector(".diff tr.change"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).findElement(By.cssSelector("th")).getText()).isEqualTo("Contact phone");
        assertThat(changes.get(0).findElement(By.cssSelector("td.after")).getText())
                .isEqualTo("+223 20 21 22 23");
        assertNoAccessibilityViolations();
        screenshots("review-diff");

        driver.get(url("/moderation/log"));
        assertNoAccessibilityViolations();
        screenshots("moderation-log");

        driver.get(url("/moderation/submissions/" + id));
        new Select(driver.findElement(By.id("reason"))).selectByValue("OTHER");
        submitAndWaitForNewPage(By.cssSelector("form[action$='/reject'] button"));
        assertThat(driver.findElements(By.cssSelector(".diff tr.change")))
                .as("once rejected, still what it proposed against the profile then")
                .hasSize(1);
        fitsAPhone();
        assertNoAccessibilityViolations();
    }

    /** The page at 390 px (then 1280 px) as a picture, after checking that nothing sticks out at 390 px. */
    private void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        fitsAPhone();
        driver.executeScript("document.querySelector('main table').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve(name + "-en-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
        Browser.viewport(driver, 1280, 900, false);
        driver.navigate().refresh();
        driver.executeScript("document.querySelector('main table').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve(name + "-en-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** At 390 px neither the page nor any table scrolls sideways: long values wrap, rows stack. */
    private void fitsAPhone() {
        Browser.viewport(driver, 390, 844, true);
        driver.navigate().refresh();
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth)
                .as("page width at 390 px: " + driver.getCurrentUrl())
                .isLessThanOrEqualTo(innerWidth);
        @SuppressWarnings("unchecked")
        List<String> cutOff = (List<String>)
                driver.executeScript("return Array.from(document.querySelectorAll('main table, main table *'))"
                        + ".filter(e => e.clientWidth > 1)" // not the visually hidden (1 px) column names
                        + ".filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')"
                        + ".map(e => e.tagName + '.' + e.className);");
        assertThat(cutOff).as("elements scrolling sideways at 390 px").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> outside =
                (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('main table *'))"
                        + ".filter(e => e.getBoundingClientRect().width > 1)"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 40));");
        assertThat(outside)
                .as("table content beyond the screen's edge at 390 px")
                .isEmpty();
    }

    private void logIn() {
        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Diff Browser Moderator");
        driver.get(url("/login"));
        type("email", login.email());
        type("password", login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/moderation");
    }

    private long suggestionsFor(String slug) {
        return jdbc.sql(
                        "select count(*) from submission s join organisation o on o.id = s.organisation_id where o.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private void fillSubmitter() {
        type("submitterName", "Diff Reader");
        type("submitterEmail", "diff-reader@example.org");
        new Select(driver.findElement(By.id("submitterRelationship"))).selectByValue("OTHER");
        WebElement consent = driver.findElement(By.id("consent"));
        if (!consent.isSelected()) {
            consent.click();
        }
        driver.executeScript(
                "document.querySelector('input[name=\"state.stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
    }
}
