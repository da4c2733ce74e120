package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacedirectory.DirectoryTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium per test class (it takes seconds to start), on the app under test. */
@DirectoryTest
abstract class BrowserTest {

    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        Browser.requireInstalled();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void startFresh() {
        Browser.viewport(driver, 1280, 900, false);
        driver.get(url("/css/site.css")); // any address of the app, so that its cookies can be cleared
        driver.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page in a language, as a reader who chose it with the switch. */
    void open(String path, String language) {
        driver.get(url(path));
        driver.manage().addCookie(new Cookie("lang", language));
        driver.get(url(path));
    }

    void clickAndWait(By link) {
        String before = driver.getCurrentUrl();
        driver.findElement(link).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    /** Posting a form back to the same address: wait until the old page is gone. */
    void submitAndWaitForNewPage(By button) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> isGone(oldPage));
    }

    /** While a page is replaced, asking about its old elements fails one way or another: it is gone. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** axe finds nothing to fix against WCAG 2.2 AA on the page as it is now. */
    void assertNoAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        assertThat(results.getViolations())
                .as(driver.getCurrentUrl())
                .extracting(rule -> rule.getId() + " " + rule.getNodes())
                .isEmpty();
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
