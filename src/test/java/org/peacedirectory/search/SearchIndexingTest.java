package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * What a start does with the index it finds: a complete index of the current mapping is used as it is
 * (no rebuild at a restart); a missing one, or one made by another mapping version, is rebuilt.
 */
@DirectoryTest
class SearchIndexingTest {

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SearchIndexDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment app;

    /** Tests in other contexts change the shared database behind this context's back: start complete. */
    @BeforeEach
    void completeIndex() {
        if (indexing.reasonToBuild() != null) {
            indexing.rebuild();
        }
    }

    @Test
    void keepsACompleteIndexOfTheCurrentMappingAtARestart() {
        assertThat(indexing.reasonToBuild()).isNull();
    }

    @Test
    void rebuildsAnIndexMadeByAnotherMappingVersionOrMissing() {
        SearchIndexMarker marker = indexing.marker();
        String current = marker.mappingVersion();
        try {
            marker.remember("0");
            assertThat(indexing.reasonToBuild()).contains("mapping version 0");

            marker.forget();
            assertThat(indexing.reasonToBuild()).startsWith("no ");
        } finally {
            marker.remember(current);
        }
        assertThat(indexing.reasonToBuild()).isNull();
    }

    @Test
    void keepsTheLocalIndexsMarkerNextToItAndASharedIndexsInTheDatabase() {
        if (StringUtils.hasText(app.getProperty("directory.search.url"))) {
            assertThat(jdbc.sql("select mapping_version from search_index_state")
                            .query(String.class)
                            .list())
                    .containsExactly(SearchIndexing.MAPPING_VERSION);
        } else {
            // (No assertion on the table: test contexts on OpenSearch share this database and write it.)
            assertThat(directory.path().resolve("peace-directory-mapping-version"))
                    .hasContent(SearchIndexing.MAPPING_VERSION);
        }
    }
}
