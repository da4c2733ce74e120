package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peacedirectory.submission.FormStamp;
import org.springframework.beans.factory.annotation.Autowired;

/** Submitting an organisation in a real browser: nothing typed is lost, and nothing is public yet. */
class SubmissionJourneyBrowserTest extends BrowserTest {

    @Autowired
    FormStamp stamps;

    @TempDir
    Path files;

    @Test
    void submitsWithTwoActivitiesAndALogoThroughOneValidationError() throws IOException {
        open("/submit", "en");
        type("name", "Browser Journey Peace Network");
        type("summary", "Fictional organisation created by the browser test.");
        new Select(driver.findElement(By.id("countryCode"))).selectByValue("BF");
        driver.findElement(By.cssSelector("input[name='organisation.themes'][value=youth-peace-and-security]"))
                .click();
        new Select(driver.findElement(By.id("activities0.level"))).selectByValue("NATIONAL");
        type("activities0.date", "avril 2000");
        type("activities0.text", "Held a national youth forum.");
        driver.findElement(By.id("logo")).sendKeys(logoFile().toString());

        submitAndWaitForNewPage(By.cssSelector("button[value=addActivity]"));
        assertThat(driver.findElements(By.cssSelector(".activity-row"))).hasSize(2);
        assertThat(value("activities0.date")).isEqualTo("avril 2000");
        assertThat(driver.findElements(By.cssSelector(".kept-logo img"))).hasSize(1);
        type("activities1.date", "2002-2003");
        type("activities1.text", "Ran a regional campaign.");
        type("submitterName", "Browser Tester");
        type("submitterEmail", "tester@example.org");
        new Select(driver.findElement(By.id("submitterRelationship"))).selectByValue("VOLUNTEER");
        actAsAPersonWhoTookAMinute();

        submitAndWaitForNewPage(By.cssSelector("button[value=submit]"));
        WebElement summary = driver.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("Agree to the privacy notice");
        assertNoAccessibilityViolations();
        assertThat(value("name")).isEqualTo("Browser Journey Peace Network");
        assertThat(value("activities1.text")).isEqualTo("Ran a regional campaign.");
        assertThat(driver.findElements(By.cssSelector(".kept-logo img"))).hasSize(1);

        driver.findElement(By.id("consent")).click();
        submitAndWaitForNewPage(By.cssSelector("button[value=submit]"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
        assertThat(driver.findElement(By.cssSelector(".reference")).getText()).matches("PD-\\d{4}-\\d{6}");
        assertNoAccessibilityViolations();
        clickAndWait(By.cssSelector("a.tracking-link"));
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Waiting for review");
        assertNoAccessibilityViolations();

        driver.get(url("/organisations"));
        assertThat(driver.getPageSource()).doesNotContain("Browser Journey Peace Network");
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** The time trap turns away forms sent within seconds; a person takes longer than this test does. */
    private void actAsAPersonWhoTookAMinute() {
        driver.executeScript(
                "document.querySelector('input[name=\"state.stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
    }

    private Path logoFile() throws IOException {
        Path logo = files.resolve("logo.png");
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        return logo;
    }
}
