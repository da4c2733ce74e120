package org.peacedirectory.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * File operations shared by backup and restore. Everything is written owner-only (PostgreSQL refuses a
 * data directory others can read, and a backup holds the same personal data) and forced to disk, so a
 * backup that said it finished survives a power cut.
 */
final class BackupFiles {

    private static final int BUFFER = 1 << 20;
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private BackupFiles() {}

    static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (POSIX) {
            Files.createDirectory(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(directory);
        }
    }

    /** Copies what the file holds right now (it may be growing or shrinking) and returns its SHA-256. */
    static String copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return write(target, in);
        }
    }

    static String write(Path target, byte[] content) throws IOException {
        try (FileChannel out = create(target)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    static String write(Path target, InputStream in) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel out = create(target)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Gives a finished copy its final name once its directory entries, not only its files' contents, are on
     * disk, and the new name too: a copy reported done survives a power cut.
     */
    static void moveDurably(Path finished, Path target) throws IOException {
        try (Stream<Path> directories = Files.walk(finished)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                forceDirectory(directory);
            }
        }
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(Objects.requireNonNull(target.toAbsolutePath().getParent(), "a backup lives in a directory"));
    }

    private static void forceDirectory(Path directory) throws IOException {
        if (!POSIX) {
            return; // a directory cannot be opened for syncing there
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Removes a directory tree this program wrote (a failed backup or restore), links not followed. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: the caller is already reporting the real failure
        }
    }

    /** A path inside the data directory as the manifest writes it, with forward slashes everywhere. */
    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static FileChannel create(Path target) throws IOException {
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        return FileChannel.open(
                target, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
