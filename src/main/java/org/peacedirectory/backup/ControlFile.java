package org.peacedirectory.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * {@code global/pg_control} is rewritten in place by the running server, so a copy can catch it half
 * written. Its last field is a CRC-32C of the fields before it (in the machine's byte order): a read is
 * kept only when some 4-byte aligned position holds the CRC of everything before it, else it is read again.
 */
final class ControlFile {

    static final String PATH = "global/pg_control";
    private static final int ATTEMPTS = 50;
    /** The fields PostgreSQL checks end well before this (the file is padded to 8 kB). */
    private static final int LAST_CRC_OFFSET = 1024;

    private ControlFile() {}

    static byte[] readIntact(Path file) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            byte[] content = Files.readAllBytes(file);
            if (isIntact(content)) {
                return content;
            }
            Thread.sleep(20); // the server is in the middle of rewriting it
        }
        throw new BackupException("Could not read an intact " + file + " in " + ATTEMPTS + " attempts.");
    }

    static boolean isIntact(byte[] content) {
        ByteBuffer stored = ByteBuffer.wrap(content).order(ByteOrder.nativeOrder());
        int end = Math.min(content.length - 4, LAST_CRC_OFFSET);
        for (int offset = 16; offset <= end; offset += 4) {
            CRC32C crc = new CRC32C();
            crc.update(content, 0, offset);
            if ((int) crc.getValue() == stored.getInt(offset)) {
                return true;
            }
        }
        return false;
    }
}
