package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What readers do in a real browser, by mouse and by keyboard alone. */
class JourneysBrowserTest extends BrowserTest {

    @Test
    void homeToListToProfileThenSwitchLanguageAndBackToTheList() {
        open("/", "en");

        clickAndWait(By.cssSelector("main a[href='/organisations']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Organisations");

        clickAndWait(By.cssSelector("a[href='/organisations/conascipal']"));
        assertThat(driver.findElement(By.cssSelector("h1 .acronym")).getText()).isEqualTo("CONASCIPAL");
        assertThat(driver.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not yet verified");

        clickAndWait(By.cssSelector(".language-switch a[lang='fr']"));
        assertThat(htmlLang()).isEqualTo("fr");
        assertThat(driver.getCurrentUrl()).contains("/organisations/conascipal");
        assertThat(driver.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Pas encore vérifiée");

        clickAndWait(By.cssSelector(".site-nav a[href='/organisations']"));
        assertThat(htmlLang()).as("the chosen language stays").isEqualTo("fr");
        assertThat(driver.findElements(By.cssSelector(".organisation-card"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText())
                .endsWith("organisations trouvées.");
    }

    @Test
    void profileToCountryPageToAnotherProfile() {
        open("/organisations/conascipal", "en");

        clickAndWait(By.cssSelector(".facts a[href='/countries/ml']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mali");

        WebElement other = driver.findElements(By.cssSelector(".organisation-card .card-title a")).stream()
                .filter(link -> !link.getAttribute("href").endsWith("/organisations/conascipal"))
                .findFirst()
                .orElseThrow();
        String otherHref = other.getAttribute("href");
        String otherName = other.findElement(By.tagName("span")).getText();
        clickAndWait(By.cssSelector(".organisation-card a[href='" + otherHref.substring(url("").length()) + "']"));

        assertThat(driver.getCurrentUrl()).isEqualTo(otherHref);
        assertThat(driver.findElement(By.cssSelector("h1 span")).getText()).isEqualTo(otherName);
    }

    @Test
    void profileToItsNetworkWhosePageListsItsMembers() {
        open("/organisations/conascipal", "fr");

        clickAndWait(By.cssSelector(".facts a[href='/networks/iansa']"));

        assertThat(driver.findElement(By.cssSelector("h1 span")).getText())
                .isEqualTo("Réseau d'action international sur les armes légères");
        assertThat(driver.findElements(By.cssSelector(".network-members .card-title a")).stream()
                        .map(link -> link.getAttribute("href"))
                        .toList())
                .anyMatch(href -> href.endsWith("/organisations/conascipal"));
    }

    @Test
    void keyboardOnlyReachesSkipLinkThenMainContentWithEveryStopVisiblyFocused() {
        open("/organisations/conascipal", "en");

        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getAttribute("class")).contains("skip-link");
        assertThat(skipLink.isDisplayed()).isTrue();
        assertThat(isVisiblyFocused(skipLink)).as("skip link focus is visible").isTrue();
        assertThat(skipLink.getRect().getY()).as("skip link shows on screen").isGreaterThanOrEqualTo(0);

        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        List<String> notVisiblyFocused = new ArrayList<>();
        int stops = (int)
                (long)
                        (Long)
                                driver.executeScript(
                                        "return document.querySelectorAll('main a[href], main button, main input, main select, main textarea').length");
        WebElement focused = driver.switchTo().activeElement();
        for (int i = 0; i < stops; i++) {
            focused.sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
            assertThat(isInsideMain(focused))
                    .as("Tab stop " + i + " stays in the main content")
                    .isTrue();
            if (!isVisiblyFocused(focused)) {
                notVisiblyFocused.add(focused.getTagName() + " " + focused.getText());
            }
        }
        assertThat(stops).isGreaterThan(10);
        assertThat(notVisiblyFocused).isEmpty();
    }

    private boolean isInsideMain(WebElement element) {
        return (Boolean) driver.executeScript("return arguments[0].closest('main') !== null", element);
    }

    /** A visible outline (or box shadow) on the focused element. */
    private boolean isVisiblyFocused(WebElement element) {
        return (Boolean) driver.executeScript("""
                const style = getComputedStyle(arguments[0]);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                return outline || style.boxShadow !== 'none';""", element);
    }
}
