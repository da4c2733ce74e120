package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peacedirectory.organisation.HostileProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A profile approved with {@code </script>}, {@code <!--<script>} and {@code ]]>} in every text still shows
 * whole in a real browser: nothing a submitter types can swallow the page through its JSON-LD.
 */
class HostileProfileBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles hostileProfiles;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheWholePageAndAJsonLdThatSaysWhatWasStored() {
        HostileProfiles.Texts texts = hostileProfiles.publish();

        open("/organisations/" + texts.slug(), "en");

        assertThat(driver.findElement(By.cssSelector(".site-footer")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector(".summary")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".description")).getText())
                .contains("Description </script><!--<script>]]>");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("</script><!--<script>]]>");
        assertThat(driver.findElements(By.cssSelector("script[type='application/ld+json']")))
                .hasSize(1);

        Map<String, Object> jsonLd = (Map<String, Object>) driver.executeScript(
                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);");
        Map<String, Object> ngo = (Map<String, Object>) jsonLd.get("mainEntity");
        assertThat(ngo.get("name")).isEqualTo(texts.name());
        assertThat(ngo.get("alternateName")).isEqualTo(texts.acronym());
        assertThat(ngo.get("description")).isEqualTo(texts.summary());
        assertThat(((Map<String, Object>) ngo.get("address")).get("addressLocality"))
                .isEqualTo(texts.city());
        Map<String, Object> network = ((List<Map<String, Object>>) ngo.get("memberOf")).get(0);
        assertThat(network.get("name")).isEqualTo(texts.network());
        assertThat(network.get("alternateName")).isEqualTo(texts.networkAcronym());
        assertThat(ngo.get("sameAs")).isEqualTo(List.of(texts.website(), texts.link()));
    }
}
