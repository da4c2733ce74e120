package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * While the index is being built (here: never built, its builder replaced), search pages still answer,
 * saying that the index is being rebuilt, in the reader's language.
 */
@DirectoryTest
class SearchWhileIndexBuildingTest {

    @LocalServerPort
    int port;

    @MockitoBean
    SearchIndexing indexing;

    @Test
    void saysTheIndexIsBeingRebuiltInsteadOfFailing() {
        when(indexing.isBuilding()).thenReturn(true);
        WebClient web = new WebClient(port);

        for (String path : new String[] {"/organisations?q=paix", "/organisations", "/countries/ml"}) {
            HttpResponse<String> response = web.get(path, "en");
            Document page = Jsoup.parse(response.body());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(page.selectFirst(".index-building").text())
                    .as(path)
                    .isEqualTo("The search index is being rebuilt: for a few minutes, results may be incomplete.");
            assertThat(page.selectFirst(".result-count")).as(path).isNotNull();
        }
        assertThat(web.page("/organisations?q=paix", "fr")
                        .selectFirst(".index-building")
                        .text())
                .startsWith("L'index de recherche est en cours de reconstruction");
    }

    @Test
    void saysNothingOnceTheIndexIsBuilt() {
        when(indexing.isBuilding()).thenReturn(false);

        assertThat(new WebClient(port).page("/organisations?q=paix", "en").select(".index-building"))
                .isEmpty();
    }
}
