package org.peacedirectory.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup directory says about itself: {@code manifest.properties} (when, from which server, which
 * WAL) and {@code SHA256SUMS} (every file of the data directory; {@code sha256sum -c SHA256SUMS} checks it
 * by hand, restore checks it before it writes anything). Written last: a backup without them is unfinished.
 */
record BackupManifest(
        String name,
        String postgresVersion,
        String postgresVersionNumber,
        String systemIdentifier,
        String startLsn,
        String stopLsn,
        String startWalFile,
        String stopWalFile,
        SortedMap<String, String> checksums) {

    static final String FILE = "manifest.properties";
    static final String CHECKSUMS = "SHA256SUMS";
    static final String FORMAT = "peace-directory-backup-1";

    /** The manifest of a copy of the server whose facts ({@code server_version}...) were read before it. */
    static BackupManifest of(
            String name,
            Map<String, String> server,
            String startLsn,
            String stopLsn,
            String startWal,
            String stopWal,
            SortedMap<String, String> checksums) {
        return new BackupManifest(
                name,
                fact(server, "server_version"),
                fact(server, "server_version_num"),
                fact(server, "system_identifier"),
                startLsn,
                stopLsn,
                startWal,
                stopWal,
                checksums);
    }

    private static String fact(Map<String, String> server, String name) {
        return Objects.requireNonNull(server.get(name), () -> name + " is among the facts read before the copy");
    }

    void writeTo(Path backupDir, Instant finished) throws IOException {
        StringBuilder sums = new StringBuilder();
        checksums.forEach((path, sha) -> sums.append(sha)
                .append("  ")
                .append(OnlineBackup.DATA)
                .append('/')
                .append(path)
                .append('\n'));
        BackupFiles.write(backupDir.resolve(CHECKSUMS), sums.toString().getBytes(StandardCharsets.UTF_8));

        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("name", name);
        properties.setProperty("finished", finished.toString());
        properties.setProperty("postgresql.version", postgresVersion);
        properties.setProperty("postgresql.version-number", postgresVersionNumber);
        properties.setProperty("postgresql.system-identifier", systemIdentifier);
        properties.setProperty("wal.start-lsn", startLsn);
        properties.setProperty("wal.stop-lsn", stopLsn);
        properties.setProperty("wal.start-file", startWalFile);
        properties.setProperty("wal.stop-file", stopWalFile);
        properties.setProperty("files", Integer.toString(checksums.size()));
        StringWriter text = new StringWriter();
        properties.store(
                text,
                "Peace Directory backup of the embedded PostgreSQL; restore with: java -jar"
                        + " peace-directory.jar restore <this directory> [--data-dir <empty directory>]");
        BackupFiles.write(backupDir.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static BackupManifest readFrom(Path backupDir) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(backupDir.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new BackupException(
                    backupDir + " is not a finished Peace Directory backup (it has no " + FILE
                            + "). Give the directory the backup command printed.",
                    e);
        } catch (IOException e) {
            throw new BackupException("Could not read " + backupDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new BackupException(backupDir.resolve(FILE) + " is not a backup this version can restore (format "
                    + properties.getProperty("format") + ", expected " + FORMAT + ").");
        }
        return new BackupManifest(
                properties.getProperty("name"),
                properties.getProperty("postgresql.version"),
                properties.getProperty("postgresql.version-number"),
                properties.getProperty("postgresql.system-identifier"),
                properties.getProperty("wal.start-lsn"),
                properties.getProperty("wal.stop-lsn"),
                properties.getProperty("wal.start-file"),
                properties.getProperty("wal.stop-file"),
                readChecksums(backupDir));
    }

    private static SortedMap<String, String> readChecksums(Path backupDir) {
        SortedMap<String, String> checksums = new TreeMap<>();
        String prefix = OnlineBackup.DATA + "/";
        try {
            for (String line : Files.readAllLines(backupDir.resolve(CHECKSUMS), StandardCharsets.UTF_8)) {
                int separator = line.indexOf("  ");
                if (separator != 64 || !line.startsWith(prefix, separator + 2)) {
                    throw new BackupException(
                            backupDir.resolve(CHECKSUMS) + " has a line that is not a checksum: " + line);
                }
                checksums.put(line.substring(separator + 2 + prefix.length()), line.substring(0, separator));
            }
        } catch (IOException e) {
            throw new BackupException("Could not read " + backupDir.resolve(CHECKSUMS) + ": " + e.getMessage(), e);
        }
        return checksums;
    }
}
