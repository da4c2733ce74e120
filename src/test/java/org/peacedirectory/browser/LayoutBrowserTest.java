package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.OutputType;

/** Pages fit a 320 px phone without sideways scrolling; screenshots at phone and desktop sizes. */
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

    /** The width field of a PNG's IHDR chunk. */
    private static int pngWidth(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        return ((bytes[16] & 0xff) << 24) | ((bytes[17] & 0xff) << 16) | ((bytes[18] & 0xff) << 8) | (bytes[19] & 0xff);
    }
}
