package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The maps as a browser makes them out: each country with organisations a link whose accessible name, as
 * Chromium computes it, is its count; the other countries not focusable; a "Skip the map" link that
 * skips it; the map as wide as a 320 px screen allows.
 */
class MapBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyMapLinkIsNamedByItsCountryAndCount(String language) {
        open("/countries", language);

        List<WebElement> links = driver.findElements(By.cssSelector("svg.map-world a"));

        assertThat(links).hasSizeGreaterThan(5);
        for (WebElement link : links) {
            assertThat(link.getAriaRole()).isEqualTo("link");
            assertThat(link.getAccessibleName()).matches(".+, \\d+ organisations?");
            assertThat(link.getDomProperty("tabIndex")).isEqualTo("0");
        }
        assertThat(links.stream().map(WebElement::getAccessibleName))
                .anyMatch(name ->
                        name.matches((language.equals("fr") ? "Sénégal" : "Senegal") + ", \\d+ organisations?"));
        List<WebElement> land = driver.findElements(By.cssSelector("svg.map-world .map-land path"));
        assertThat(land).hasSizeGreaterThan(100);
        assertThat(land.stream().map(path -> path.getDomProperty("tabIndex")))
                .as("countries without organisations are not focusable")
                .allMatch("-1"::equals);
    }

    @Test
    void theSkipLinkTakesTheKeyboardPastTheMap() {
        open("/", "en");
        WebElement skip = driver.findElement(By.cssSelector(".map-skip"));

        driver.executeScript("arguments[0].focus()", skip);
        assertThat(skip.getRect().getWidth()).as("shown once focused").isPositive();
        skip.sendKeys(Keys.ENTER);

        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("map-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/countries", "/countries/ml"})
    void theMapFillsA320PixelScreen(String path) {
        Browser.viewport(driver, 320, 640, true);
        open(path, "en");

        WebElement map = driver.findElement(By.cssSelector("figure.map > svg"));

        assertThat(map.getRect().getWidth()).isBetween(260, 320);
        assertThat(map.getRect().getHeight()).isPositive();
    }

    /** Pictures of the maps alone (below the fold in the page screenshots), for people to look at. */
    @ParameterizedTest
    @ValueSource(strings = {"/countries", "/countries/ml"})
    void savesScreenshotsOfTheMaps(String path) throws IOException {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        open(path, "en");

        WebElement map = driver.findElement(By.cssSelector(path.equals("/countries") ? "figure.map" : ".map-place"));
        driver.executeScript("arguments[0].scrollIntoView()", map);
        byte[] png = map.getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve("map" + path.replace('/', '-') + "-en.png"), png);

        assertThat(png.length).isGreaterThan(1000);
    }
}
