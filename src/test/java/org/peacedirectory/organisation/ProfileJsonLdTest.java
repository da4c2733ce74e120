package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-LD of a profile cannot be broken out of, whatever its texts say, and says what was stored. */
@DirectoryTest
class ProfileJsonLdTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles hostileProfiles;

    @Test
    void escapesMarkupInEveryTextOfTheJsonLdAndKeepsTheTextsIntact() {
        HostileProfiles.Texts texts = hostileProfiles.publish();

        String html =
                new WebClient(port).get("/organisations/" + texts.slug(), "en").body();

        int open = html.indexOf("<script type=\"application/ld+json\">");
        assertThat(open).isPositive();
        int start = html.indexOf('>', open) + 1;
        int end = html.indexOf("</script>", start);
        String json = html.substring(start, end);
        assertThat(json)
                .doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e]]\\u003e \\u0026 \\u2028\\u2029");
        assertThat(html.substring(end))
                .as("the rest of the page follows the script element")
                .contains("class=\"site-footer\"");

        JsonNode ngo = JsonMapper.builder().build().readTree(json).get("mainEntity");
        assertThat(ngo.get("name").asString()).isEqualTo(texts.name());
        assertThat(ngo.get("alternateName").asString()).isEqualTo(texts.acronym());
        assertThat(ngo.get("description").asString()).isEqualTo(texts.summary());
        assertThat(ngo.get("address").get("addressLocality").asString()).isEqualTo(texts.city());
        assertThat(ngo.get("memberOf").get(0).get("name").asString()).isEqualTo(texts.network());
        assertThat(ngo.get("memberOf").get(0).get("alternateName").asString()).isEqualTo(texts.networkAcronym());
        assertThat(ngo.get("sameAs").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(List.of(texts.website(), texts.link()));
    }

    @Test
    void showsTheHostileTextsAsTextOnThePage() {
        HostileProfiles.Texts texts = hostileProfiles.publish();

        Document page = new WebClient(port).page("/organisations/" + texts.slug(), "en");

        assertThat(page.selectFirst(".summary").text()).contains("Summary </script><!--<script>]]>");
        assertThat(page.selectFirst(".site-footer")).isNotNull();
    }
}
