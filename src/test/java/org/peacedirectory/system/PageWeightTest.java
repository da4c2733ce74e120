package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A profile with its stylesheets and scripts stays light for readers on slow connections. */
@DirectoryTest
class PageWeightTest {

    private static final int BUDGET_BYTES = 100 * 1024;

    @LocalServerPort
    int port;

    @Test
    void profilePageWithItsCssAndJavaScriptWeighsUnder100Kilobytes() {
        assertThat(weight("/organisations/conascipal")).isLessThan(BUDGET_BYTES);
    }

    /** The world map's shapes are most of it (about 28 KB, 9 KB gzipped: see docs/architecture.md). */
    @Test
    void homePageWithItsMapCssAndJavaScriptWeighsUnder100Kilobytes() {
        assertThat(weight("/")).isLessThan(BUDGET_BYTES);
    }

    private long weight(String path) {
        WebClient web = new WebClient(port);
        String html = web.get(path, "fr").body();
        Document page = Jsoup.parse(html);

        long total = bytes(html);
        for (String asset : page.select("link[rel=stylesheet]").eachAttr("href")) {
            total += bytes(web.get(asset, "fr").body());
        }
        for (String asset : page.select("script[src]").eachAttr("src")) {
            total += bytes(web.get(asset, "fr").body());
        }

        assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
        return total;
    }

    private static long bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }
}
