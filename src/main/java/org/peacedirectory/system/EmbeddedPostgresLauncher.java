package org.peacedirectory.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a data directory that survives restarts. Before starting it makes
 * sure no other instance owns the directory, and cleans up after a crash: when the JVM is killed,
 * PostgreSQL keeps running as an orphan and holds {@code postmaster.pid}.
 */
class EmbeddedPostgresLauncher {

    static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    /** Zonky's own lock file inside the data directory, held for as long as the server runs. */
    private static final String LOCK_FILE = "epg-lock";

    static final String PID_FILE = "postmaster.pid";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedDatabaseProperties properties;

    EmbeddedPostgresLauncher(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    EmbeddedPostgres start() throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        refuseIfInUse(dataDir);
        stopOrphanedServer(dataDir);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(properties.startupWait())
                // Spring stops the server after the connection pool, not a JVM hook racing it.
                .setRegisterShutdownHook(false);
        durable(builder);
        if (properties.port() != 0) {
            builder.setPort(properties.port()); // otherwise zonky picks a free port
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL is running; its data lives in {}", dataDir);
        log.info("Connect with: psql -h localhost -p {} -U {} {}", postgres.getPort(), USER, DATABASE);
        return postgres;
    }

    /**
     * Zonky is made for throw-away test databases: it starts the server with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}, so a crash of PostgreSQL loses acknowledged commits and a power
     * loss can corrupt the data. Here the data must last: {@code -c} options come after {@code -F} on
     * the command line and win. Zonky's other options stay: {@code timezone=UTC} (what the app stores)
     * and {@code max_connections=300} (room above the pool).
     */
    private static void durable(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /** A second app on the same data directory would corrupt it: refuse with a message that says what to do. */
    private static void refuseIfInUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started here (initdb needs the directory empty)
        }
        try (var stream = new FileOutputStream(lockFile.toFile());
                FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir);
            }
        } catch (OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(dataDir);
        }
    }

    /** After a crash the old server is still running with nobody to talk to: stop it before starting anew. */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOf(process, dataDir));
        if (orphan.isEmpty()) {
            log.info("Removing stale {} left by a previous run", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn(
                "Stopping PostgreSQL (pid {}) left running on {} by a previous run that did not shut down",
                process.pid(),
                dataDir);
        process.destroy(); // SIGTERM: a clean shutdown; it has no clients left
        try {
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "PostgreSQL (pid " + process.pid() + ") left running on " + dataDir + " did not stop within "
                            + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand and start again",
                    e);
        }
    }

    static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The pid may have been reused since the crash: only a postgres serving this very data directory is
     * stopped, never anything else.
     */
    static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        boolean postgres = process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
        boolean thisDirectory = process.info()
                .arguments()
                .map(arguments -> java.util.Arrays.asList(arguments).contains(dataDir.toString()))
                .orElse(false);
        return postgres && thisDirectory;
    }

    static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path dataDir) {
            super("Another Peace Directory instance is already using the embedded database in " + dataDir
                    + ". Stop that instance first, or give this one its own directory with"
                    + " DIRECTORY_EMBEDDED_DB_DATA_DIR (setting directory.embedded-db.data-dir).");
        }
    }
}
