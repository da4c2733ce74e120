package org.peacedirectory.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system chromedriver, kept off the network. Where no browser is
 * installed the browser tests are skipped with one message, except on CI, where they fail.
 */
final class Browser {

    static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    private static final String HOW_TO_INSTALL = "Browser tests need Chromium and chromedriver (" + BINARY + ", "
            + DRIVER + "). On Debian or Ubuntu: sudo apt-get install chromium chromium-driver"
            + " (or set -Dbrowser.binary and -Dbrowser.driver).";
    private static final AtomicBoolean toldAlready = new AtomicBoolean();

    private Browser() {}

    /** Skips the calling tests (or fails them on CI) when there is no browser to drive. */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
        if (installed) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but no browser: " + HOW_TO_INSTALL);
        }
        if (toldAlready.compareAndSet(false, true)) {
            System.err.println("Skipping browser tests. " + HOW_TO_INSTALL);
        }
        Assumptions.abort(HOW_TO_INSTALL);
    }

    static ChromeDriver start() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        // What the page writes to the console (and the browser's own errors, such as a content security
        // policy's refusals), for tests that read it.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Gives the page an exact viewport, as a phone or a desktop screen would. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
