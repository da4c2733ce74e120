package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacedirectory.TestOpenSearch;

/** The OpenSearch node the Elasticsearch backend's tests use: a real one, green, one node. */
class TestOpenSearchTest {

    @Test
    void startsAGreenSingleNodeOpenSearch() {
        String info = TestOpenSearch.get("/");
        assertThat(info).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"2.19.6\"");
        assertThat(TestOpenSearch.get("/_cluster/health"))
                .contains("\"status\":\"green\"")
                .contains("\"number_of_nodes\":1");
        System.out.println(
                "OpenSearch node green after " + TestOpenSearch.startTime().toMillis() + " ms");
    }
}
