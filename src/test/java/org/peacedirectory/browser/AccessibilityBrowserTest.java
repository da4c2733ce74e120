package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** axe-core in the browser, WCAG 2.2 levels A and AA, on every public page in both languages. */
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Stream<Arguments> pages() {
        return PublicPages.ALL.stream()
                .flatMap(page -> PublicPages.LANGUAGES.stream()
                        .map(language -> Arguments.of(page.name(), page.path(), language)));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pages")
    void pageHasNoAccessibilityViolations(String name, String path, String language) {
        open(path, language);

        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);

        assertThat(results.isErrored()).as("axe ran").isFalse();
        assertThat(results.getPasses()).as("axe checked something").isNotEmpty();
        assertThat(results.getViolations().stream()
                        .map(AccessibilityBrowserTest::describe)
                        .toList())
                .as("WCAG 2.2 AA violations on " + path + " (" + language + ")")
                .isEmpty();
    }

    @Test
    void axeReportsAnImageWithoutAlternativeText() {
        open("/", "en");
        driver.executeScript("document.querySelector('main').appendChild(document.createElement('img'))");

        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);

        assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
    }

    private static String describe(Rule violation) {
        return violation.getId() + ": " + violation.getHelp() + " at "
                + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
