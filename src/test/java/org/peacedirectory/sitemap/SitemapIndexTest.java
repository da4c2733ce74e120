package org.peacedirectory.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Past the per-file limit, /sitemap.xml is an index whose files together list every profile once. */
@DirectoryTest
@TestPropertySource(properties = "directory.sitemap.urls-per-file=5")
class SitemapIndexTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void splitsTheSitemapIntoFilesOfAtMostTheLimitListingEveryProfileOnce() {
        WebClient web = new WebClient(port);
        Document index = xml(web.get("/sitemap.xml", "en").body());
        List<String> files = index.select("sitemapindex > sitemap > loc").eachText();

        List<String> profiles = new ArrayList<>();
        for (String file : files) {
            String path = file.substring(file.indexOf("/sitemap-"));
            List<String> locations =
                    xml(web.get(path, "en").body()).select("urlset > url > loc").eachText();
            if (path.startsWith("/sitemap-profiles-")) {
                assertThat(locations).hasSizeLessThanOrEqualTo(5);
            }
            locations.stream()
                    .filter(location -> location.contains("/organisations/"))
                    .forEach(profiles::add);
        }

        assertThat(files).first().asString().endsWith("/sitemap-pages.xml");
        assertThat(profiles)
                .doesNotHaveDuplicates()
                .hasSize(jdbc.sql("select count(*) from organisation where publication_status = 'PUBLISHED'")
                        .query(Integer.class)
                        .single());
        assertThat(web.get("/sitemap-profiles-999.xml", "en").statusCode()).isEqualTo(404);
    }

    private static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
