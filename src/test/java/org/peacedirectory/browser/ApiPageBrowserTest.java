package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API's page (Swagger UI, served by the site itself) under the site's content security policy. */
class ApiPageBrowserTest extends BrowserTest {

    private static final String API_PACKAGE = "org.peacedirectory.api";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void leadsFromTheOpenDataPageToTheApiWhichShowsEveryOperationAndRunsOneWithoutAnyContentSecurityPolicyRefusal() {
        int endpoints = apiEndpoints().size();
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier pages wrote

        open("/open-data", "fr");
        clickAndWait(By.cssSelector("main a[href='/api/v1/docs.html']"));

        List<WebElement> operations = new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> {
            List<WebElement> shown = browser.findElements(By.cssSelector(".opblock"));
            return shown.size() == endpoints ? shown : null;
        });
        assertThat(operations).hasSize(endpoints);
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("Peace Directory");

        WebElement countries = driver.findElement(
                By.xpath("//div[contains(@class, 'opblock ')][.//*[@data-path='/api/v1/countries']]"));
        countries.findElement(By.cssSelector(".opblock-summary-control")).click();
        // "Try it out" is on from the start (springdoc.swagger-ui.try-it-out-enabled).
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser -> countries.findElement(By.cssSelector(".execute")))
                .click();
        WebElement status = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser -> countries.findElement(
                        By.cssSelector(".live-responses-table tr.response .response-col_status")));
        assertThat(status.getText()).startsWith("200");

        List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
        assertThat(console)
                .as("the browser's console")
                .noneMatch(line -> line.contains("Content Security Policy"))
                .noneMatch(line -> line.contains("SEVERE") && line.contains("/api/v1/"));
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, method) -> {
            if (method.getBeanType().getPackageName().equals(API_PACKAGE)) {
                mapping.getPatternValues().forEach(endpoints::add);
            }
        });
        return endpoints;
    }
}
