package org.peacedirectory.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a backup's data directory where the app will find it. It never overwrites anything: the target must
 * not exist or be empty. Every file is checked against {@code SHA256SUMS} while it is copied into a
 * sibling {@code .restoring} directory, which is renamed into place only when all of it is good. The next
 * start of the app replays the WAL in the backup and then runs on it.
 */
final class RestoreCommand {

    private static final int LISTED_PROBLEMS = 5;

    BackupManifest restore(Path backupDir, Path dataDir) {
        Path backup = backupDir.toAbsolutePath().normalize();
        Path target = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(backup)) {
            throw new BackupException("There is no backup in " + backup + ".");
        }
        BackupManifest manifest = BackupManifest.readFrom(backup);
        refuseToOverwrite(target);

        Path restoring = target.resolveSibling(target.getFileName() + ".restoring");
        try {
            Files.createDirectories(target.getParent());
            BackupFiles.deleteTree(restoring); // left by an earlier restore that was interrupted
            copyChecked(backup.resolve(OnlineBackup.DATA), restoring, manifest.checksums());
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above
            }
            BackupFiles.moveDurably(restoring, target);
            return manifest;
        } catch (BackupException e) {
            BackupFiles.deleteTree(restoring);
            throw e;
        } catch (IOException e) {
            BackupFiles.deleteTree(restoring);
            throw new BackupException("The restore failed and wrote nothing into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void refuseToOverwrite(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        boolean empty;
        try (var entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            empty = false; // not a directory, or unreadable: not ours to replace either way
        }
        if (!empty) {
            throw new BackupException(target + " already exists and is not empty; restore never overwrites a"
                    + " database. Stop the app, move that directory aside (for example to " + target
                    + ".old) or choose another --data-dir, then run the restore again.");
        }
    }

    private static void copyChecked(Path source, Path target, Map<String, String> expected) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new BackupException("The backup has no " + OnlineBackup.DATA + " directory: " + source);
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                BackupFiles.createDirectory(target.resolve(BackupFiles.relative(source, directory)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = BackupFiles.relative(source, file);
                seen.add(relative);
                String sha = BackupFiles.copy(file, target.resolve(relative));
                if (!expected.containsKey(relative)) {
                    problems.add(relative + " is not listed in " + BackupManifest.CHECKSUMS);
                } else if (!expected.get(relative).equals(sha)) {
                    problems.add(relative + " does not match its checksum");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        expected.keySet().stream()
                .filter(path -> !seen.contains(path))
                .map(path -> path + " is missing")
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new BackupException("The backup is damaged, so nothing was restored: "
                    + String.join("; ", problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size())))
                    + (problems.size() > LISTED_PROBLEMS
                            ? " (and " + (problems.size() - LISTED_PROBLEMS) + " more)"
                            : "")
                    + ".");
        }
    }
}
