package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Pages fit a 320 px phone without sideways scrolling; a search shows its first result on a phone's first
 * screen, its filters in a sidebar on wide screens; the header keeps one row from 1024 px; screenshots at
 * phone and desktop sizes.
 */
class LayoutBrowserTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Stream<Arguments> pages() {
        return PublicPages.ALL.stream()
                .flatMap(page -> PublicPages.LANGUAGES.stream()
                        .map(language -> Arguments.of(page.name(), page.path(), language)));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pages")
    void pageFitsA320PixelScreenWithoutScrollingSideways(String name, String path, String language) {
        Browser.viewport(driver, 320, 640, true);
        open(path, language);

        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");

        assertThat(scrollWidth).as("scrollWidth of " + path).isLessThanOrEqualTo(innerWidth);
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pages")
    void savesScreenshotsAtPhoneAndDesktopSizes(String name, String path, String language) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path phone = SCREENSHOTS.resolve(name + "-" + language + "-phone.png");
        Path desktop = SCREENSHOTS.resolve(name + "-" + language + "-desktop.png");

        Browser.viewport(driver, 390, 844, true);
        open(path, language);
        Files.write(phone, driver.getScreenshotAs(OutputType.BYTES));
        Browser.viewport(driver, 1280, 900, false);
        driver.navigate().refresh();
        Files.write(desktop, driver.getScreenshotAs(OutputType.BYTES));

        assertThat(pngWidth(phone)).isEqualTo(390);
        assertThat(pngWidth(desktop)).isEqualTo(1280);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr"})
    void searchWithWordsShowsItsFirstResultWithoutScrollingOnAPhone(String language) {
        Browser.viewport(driver, 390, 844, true);
        open("/organisations?q=paix&country=ml&theme=small-arms-control", language);

        WebElement firstResult = driver.findElement(By.cssSelector(".results .organisation-card"));
        Map<?, ?> box = rect(firstResult.findElement(By.cssSelector(".card-title")));
        assertThat(number(box.get("bottom")))
                .as("bottom of the first result's name, in a window 844 px high")
                .isLessThanOrEqualTo(844);
        assertThat(driver.findElement(By.cssSelector(".filters-panel")).getAttribute("open"))
                .as("the filters start closed")
                .isNull();
        assertThat(isRendered(driver.findElement(By.id("country-ML")))).isFalse();
        assertThat(driver.findElement(By.cssSelector(".filters-panel summary")).getText())
                .isEqualTo(language.equals("fr") ? "Filtres (2)" : "Filters (2)");
        // Count and sort on one line from a small tablet.
        Browser.viewport(driver, 768, 1024, true);
        driver.navigate().refresh();
        assertThat(number(rect(driver.findElement(By.cssSelector(".result-count")))
                        .get("top")))
                .isCloseTo(
                        number(rect(driver.findElement(By.id("sort"))).get("top")),
                        org.assertj.core.data.Offset.offset(12.0));
    }

    @Test
    void filtersAreASidebarBesideTheResultsOnAWideScreenWithoutJavaScript() {
        Browser.viewport(driver, 1280, 900, false);
        open("/organisations?q=paix", "en");

        WebElement country = driver.findElement(By.cssSelector(".facets input[name=country]"));
        WebElement firstResult = driver.findElement(By.cssSelector(".results .organisation-card"));
        assertThat(isRendered(country))
                .as("filters shown without opening anything")
                .isTrue();
        assertThat(number(rect(country).get("right")))
                .isLessThan(number(rect(firstResult).get("left")));
        assertThat(number(rect(firstResult).get("top"))).isLessThan(900);
    }

    @Test
    void eachChipRemovesItsOneFilter() {
        Browser.viewport(driver, 390, 844, true);
        open("/organisations?q=paix&country=ml&theme=small-arms-control", "en");
        List<String> before = driver.findElements(By.cssSelector(".active-filters a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(before).contains("Remove: Mali", "Remove: “paix”");

        clickAndWait(By.xpath("//ul[@class='active-filters']//a[.='Remove: Mali']"));

        assertThat(driver.getCurrentUrl())
                .contains("q=paix")
                .contains("theme=small-arms-control")
                .doesNotContain("country");
        List<String> after = driver.findElements(By.cssSelector(".active-filters a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(after).hasSize(before.size() - 1).doesNotContain("Remove: Mali");
        assertThat(driver.findElement(By.id("country-ML")).isSelected()).isFalse();
        assertThat(driver.findElement(By.id("theme-small-arms-control")).isSelected())
                .isTrue();
    }

    @ParameterizedTest(name = "{1} at {0} px in {2}")
    @CsvSource({
        "1024, /, en",
        "1024, /, fr",
        "1024, /organisations/conascipal, fr",
        "1024, /networks/iansa, fr",
        "1280, /organisations?q=paix, fr",
        "1280, /, en"
    })
    void headerKeepsOneRowFrom1024Pixels(int width, String path, String language) {
        Browser.viewport(driver, width, 800, false);
        open(path, language);

        Map<?, ?> brand = rect(driver.findElement(By.cssSelector(".site-header .brand")));
        Map<?, ?> search = rect(driver.findElement(By.cssSelector(".header-search")));
        Map<?, ?> switcher = rect(driver.findElement(By.cssSelector(".language-switch")));
        assertThat(number(switcher.get("top")))
                .as("language switch on the logo's row")
                .isLessThan(number(brand.get("bottom")));
        assertThat(number(search.get("top"))).as("search on the logo's row").isLessThan(number(brand.get("bottom")));
        assertThat(number(
                        rect(driver.findElement(By.cssSelector(".site-header"))).get("height")))
                .isLessThan(72);
        WebElement box = driver.findElement(By.id("header-q"));
        assertThat(box.getAttribute("placeholder"))
                .as("the header search says what it is")
                .isNotBlank();
        assertThat(driver.findElement(By.cssSelector("label[for=header-q]")).getAttribute("textContent"))
                .isEqualTo(box.getAttribute("placeholder"));
    }

    @ParameterizedTest(name = "at {0} px in {1}")
    @CsvSource({"390, fr", "360, fr", "390, en"})
    void headerSearchShowsItsWholePlaceholderOnAPhone(int width, String language) {
        Browser.viewport(driver, width, 844, true);
        open("/", language);

        WebElement box = driver.findElement(By.id("header-q"));
        Number room = (Number) driver.executeScript("""
                const box = arguments[0];
                const style = getComputedStyle(box);
                return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);""", box);
        Number text = (Number) driver.executeScript("""
                const style = getComputedStyle(arguments[0]);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
                return context.measureText(arguments[0].placeholder).width;""", box);
        assertThat(text.doubleValue())
                .as("the placeholder \"%s\" fits in the box", box.getAttribute("placeholder"))
                .isPositive()
                .isLessThanOrEqualTo(room.doubleValue());
        assertThat(driver.findElement(By.cssSelector(".header-search button")).getAccessibleName())
                .isNotBlank();
    }

    /**
     * Drawn and on top where it is drawn: the point at its centre is the element. (WebDriver's own
     * isDisplayed takes anything inside a closed details element for hidden, whatever CSS shows.)
     */
    private static boolean isRendered(WebElement element) {
        return (Boolean) driver.executeScript("""
                const element = arguments[0];
                const box = element.getBoundingClientRect();
                return element.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})
                    && box.width > 0
                    && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === element;""", element);
    }

    private static Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) driver.executeScript("return arguments[0].getBoundingClientRect().toJSON()", element);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** The width field of a PNG's IHDR chunk. */
    private static int pngWidth(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        return ((bytes[16] & 0xff) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8) | (bytes[19] & 0xff);
    }
}
