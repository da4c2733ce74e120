package org.peacedirectory.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacedirectory.system.AppEmbeddedDatabase;

/** A copy of pg_control caught half rewritten is told apart from an intact one by its CRC. */
class ControlFileTest {

    @TempDir
    Path dataDir;

    @Test
    void acceptsTheServersControlFileAndRefusesOneWithAChangedOrMissingPart() throws IOException {
        AppEmbeddedDatabase.start(dataDir).close();
        byte[] intact = Files.readAllBytes(dataDir.resolve(ControlFile.PATH));

        byte[] changed = intact.clone();
        changed[40] ^= 0x10;
        byte[] halfWritten = intact.clone();
        Arrays.fill(halfWritten, 64, halfWritten.length, (byte) 0);

        assertThat(ControlFile.isIntact(intact)).isTrue();
        assertThat(ControlFile.isIntact(changed)).isFalse();
        assertThat(ControlFile.isIntact(halfWritten)).isFalse();
    }
}
