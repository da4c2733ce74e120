package org.peacedirectory.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the embedded PostgreSQL again when its process dies (a crash, the OOM killer, kill -9), without
 * restarting the app: on the same data directory, with the same options and port (PostgreSQL saved them in
 * {@code postmaster.opts}), so the pool's JDBC URL stays valid; PostgreSQL replays its WAL (crash
 * recovery) and the pool's next connections find it. Zonky's {@code EmbeddedPostgres} keeps its lock on
 * the directory all along, and stops whichever server runs there when the app stops.
 * <p>
 * A start is refused while backends of the dead server are still attached to its shared memory (for a
 * moment after the postmaster died): the next check, a second later, tries again.
 */
class EmbeddedPostgresSupervisor {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);
    private static final String OPTIONS_FILE = "postmaster.opts";
    /** Where the server restarted here writes its log (the first one logs through zonky). */
    private static final String LOG_FILE = "restarted-server.log";

    private final Path dataDir;
    private final Duration startupWait;
    private boolean stopped;
    private long downSince;

    EmbeddedPostgresSupervisor(Path dataDir, Duration startupWait) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.startupWait = startupWait;
    }

    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
    synchronized void check() {
        if (stopped || isRunning()) {
            return;
        }
        if (downSince == 0) {
            downSince = System.nanoTime();
            log.warn("Embedded PostgreSQL on {} has stopped; starting it again (with crash recovery)", dataDir);
        }
        if (start()) {
            log.info("Embedded PostgreSQL is running again on {}, {} ms after it was found stopped", dataDir,
                    Duration.ofNanos(System.nanoTime() - downSince).toMillis());
            downSince = 0;
        }
    }

    /** The app is stopping: Spring stops the server next, and it must stay stopped. */
    @PreDestroy
    synchronized void stop() {
        stopped = true;
    }

    private boolean isRunning() {
        try {
            return EmbeddedPostgresLauncher.readPid(dataDir.resolve(EmbeddedPostgresLauncher.PID_FILE))
                    .flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> EmbeddedPostgresLauncher.isPostgresOf(process, dataDir))
                    .isPresent();
        } catch (IOException noPidFile) {
            return false;
        }
    }

    /** pg_ctl start, as zonky ran it; true once the server accepts connections. */
    private boolean start() {
        try {
            // The pid file names a dead process, or one that was never reaped: PostgreSQL would take the
            // second for a live server. Its shared memory check still refuses while old backends remain.
            Files.deleteIfExists(dataDir.resolve(EmbeddedPostgresLauncher.PID_FILE));
            Process pgCtl = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!pgCtl.waitFor(startupWait.toSeconds() + 5, TimeUnit.SECONDS)) {
                pgCtl.destroy(); // pg_ctl only: a server still recovering is found running at a next check
                return false;
            }
            if (pgCtl.exitValue() != 0) {
                log.debug("PostgreSQL did not start yet on {} (pg_ctl exit {}); trying again", dataDir,
                        pgCtl.exitValue());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.debug("PostgreSQL could not be started on {}; trying again", dataDir, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code postmaster.opts} holds the server's path and its arguments, quoted:
     * {@code /…/bin/postgres "-D" "/data" "-p" "5432" "-c" "fsync=on"}.
     */
    private List<String> command() throws IOException {
        String saved = Files.readString(dataDir.resolve(OPTIONS_FILE), StandardCharsets.UTF_8).strip();
        int arguments = saved.indexOf(" \"");
        Path postgres = Path.of(arguments < 0 ? saved : saved.substring(0, arguments));
        String options = arguments < 0 ? "" : saved.substring(arguments + 1);
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(),
                "-o", options, "-l", dataDir.resolve(LOG_FILE).toString(),
                "-w", "-t", Long.toString(startupWait.toSeconds()), "start"));
        return command;
    }
}
