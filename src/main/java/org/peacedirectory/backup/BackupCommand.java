package org.peacedirectory.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Backs up the embedded database of a running app into a new directory under the backups directory,
 * named after the moment it started. The copy is made under a {@code .partial} name and renamed once
 * complete, so an interrupted backup never looks like a finished one.
 */
final class BackupCommand {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'peace-directory-'yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Runnable whileCopying;

    BackupCommand() {
        this(() -> {});
    }

    /** For tests: {@code whileCopying} runs in the middle of the backup. */
    BackupCommand(Runnable whileCopying) {
        this.whileCopying = whileCopying;
    }

    /** Returns the finished backup's directory. */
    Path backup(Path dataDir, Path backupsDir) {
        RunningServer server = RunningServer.of(dataDir);
        Path parent = backupsDir.toAbsolutePath().normalize();
        if (parent.startsWith(server.dataDir())) {
            throw new BackupException("Put backups outside the data directory " + server.dataDir()
                    + " (a backup inside it would copy itself).");
        }
        String name = uniqueName(parent);
        Path partial = parent.resolve(name + ".partial");
        Path finished = parent.resolve(name);
        try (Connection connection = server.connect()) {
            Files.createDirectories(parent);
            BackupFiles.createDirectory(partial);
            BackupManifest manifest =
                    new OnlineBackup(connection, server.dataDir(), whileCopying).copyInto(partial, name);
            manifest.writeTo(partial, Instant.now());
            BackupFiles.moveDurably(partial, finished);
            return finished;
        } catch (BackupException e) {
            BackupFiles.deleteTree(partial);
            throw e;
        } catch (IOException | SQLException e) {
            BackupFiles.deleteTree(partial);
            throw new BackupException("The backup failed and was removed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            BackupFiles.deleteTree(partial);
            throw new BackupException("The backup was interrupted and removed.", e);
        }
    }

    /** One backup a second is plenty; a second one in the same second waits for the next. */
    private static String uniqueName(Path parent) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        while (true) {
            String name = NAME.format(now);
            if (!Files.exists(parent.resolve(name)) && !Files.exists(parent.resolve(name + ".partial"))) {
                return name;
            }
            now = now.plusSeconds(1);
        }
    }
}
