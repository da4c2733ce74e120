package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;

import org.springframework.beans.factory.annotation.Autowired;

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

    @Test
    void keepsACompleteIndexOfTheCurrentMappingAtARestart() {
        assertThat(indexing.reasonToBuild()).isNull();
    }

    @Test
    void rebuildsAnIndexMadeByAnotherMappingVersionOrMissing() throws Exception {
        Path marker = directory.path().resolve("peace-directory-mapping-version");
        String current = Files.readString(marker);
        try {
            Files.writeString(marker, "0");
            assertThat(indexing.reasonToBuild()).contains("mapping version 0");

            Files.delete(marker);
            assertThat(indexing.reasonToBuild()).startsWith("no index");
        } finally {
            Files.writeString(marker, current);
        }
        assertThat(indexing.reasonToBuild()).isNull();
    }
}
