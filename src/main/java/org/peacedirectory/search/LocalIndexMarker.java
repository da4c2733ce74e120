package org.peacedirectory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene backend's marker: a file in the local index directory, which goes with the index it describes
 * (a deleted or replaced directory loses both). One process builds its own index, so the lock is only
 * {@link SearchIndexing}'s own flag.
 */
final class LocalIndexMarker implements SearchIndexMarker {

    private static final String FILE = "peace-directory-mapping-version";

    private final Path file;
    private final Path directory;

    LocalIndexMarker(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(FILE);
    }

    @Override
    public @Nullable String mappingVersion() {
        try {
            return Files.exists(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void remember(String version) {
        try {
            Files.writeString(file, version, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "no index in " + directory;
    }

    @Override
    public BuildLock tryLock() {
        return () -> {};
    }
}
