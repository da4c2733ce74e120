package org.peacedirectory.system;

import io.zonky.test.db.postgres.util.LinuxUtils;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when its process dies (a crash, the OOM killer, kill -9), without
 * restarting the app: on the same data directory, with the same options and port (PostgreSQL saved them in
 * {@code postmaster.opts}), so the pool's JDBC URL stays valid; PostgreSQL replays its WAL (crash
 * recovery) and the pool's next connections find it. Zonky's {@code EmbeddedPostgres} keeps its lock on
 * the directory all along, and stops whichever server runs there when the app stops.
 * <p>
 * It checks every second on a thread of its own, not Spring's single scheduling thread: a housekeeping
 * job stuck on the dead database must not delay the restart, and a restart (which may wait for crash
 * recovery) must not delay the other jobs. A start is refused while backends of the dead server are still
 * attached to its shared memory (for a moment after the postmaster died): the next check tries again.
 */
class EmbeddedPostgresSupervisor {

    static final String THREAD_NAME = "embedded-postgres-supervisor";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);
    private static final String OPTIONS_FILE = "postmaster.opts";
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path dataDir;
    private final Duration startupWait;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });
    private boolean stopped;
    private long downSince;
    private long unreadableSince;

    EmbeddedPostgresSupervisor(Path dataDir, Duration startupWait) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.startupWait = startupWait;
    }

    /** Where a server restarted here writes its log: beside the data directory, so no backup copies it. */
    static Path restartLog(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        return directory.resolveSibling(directory.getFileName() + "-restarted.log");
    }

    /** Starts the checks; the bean's factory calls it once. */
    EmbeddedPostgresSupervisor start() {
        checks.scheduleWithFixedDelay(
                this::checkSafely, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) { // an exception would cancel every later check
            log.warn("Checking the embedded PostgreSQL on {} failed; checking again", dataDir, e);
        }
    }

    synchronized void check() {
        if (stopped) {
            return;
        }
        ServerState state = state();
        if (state == ServerState.RUNNING || state == ServerState.UNKNOWN) {
            return;
        }
        if (downSince == 0) {
            downSince = System.nanoTime();
            log.warn("Embedded PostgreSQL on {} has stopped; starting it again (with crash recovery)", dataDir);
        }
        if (startServer()) {
            log.info(
                    "Embedded PostgreSQL is running again on {}, {} ms after it was found stopped",
                    dataDir,
                    Duration.ofNanos(System.nanoTime() - downSince).toMillis());
            downSince = 0;
        }
    }

    /**
     * The app is stopping: Spring stops the server next, and it must stay stopped. A restart under way
     * finishes first (the lock), then no check starts another; the thread ends before the server stops.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        synchronized (this) {
            stopped = true;
        }
        checks.shutdown();
        if (!checks.awaitTermination(startupWait.toSeconds() + 10, TimeUnit.SECONDS)) {
            checks.shutdownNow();
        }
    }

    enum ServerState {
        RUNNING,
        STOPPED,
        UNKNOWN
    }

    /**
     * RUNNING: {@code postmaster.pid} names a live postgres of this directory. UNKNOWN: the file exists
     * but holds no pid yet (PostgreSQL creates it, then writes it) or cannot be read: left alone and read
     * again at the next check, unless it stays so for longer than a start may take (a server that died
     * while writing it). STOPPED: no pid file, or its process is gone, is another program (a reused pid),
     * or is a zombie (killed, never reaped).
     */
    synchronized ServerState state() {
        Path pidFile = dataDir.resolve(EmbeddedPostgresLauncher.PID_FILE);
        Optional<Long> pid;
        try {
            pid = EmbeddedPostgresLauncher.readPid(pidFile);
        } catch (NoSuchFileException noPidFile) {
            return ServerState.STOPPED;
        } catch (IOException unreadable) {
            pid = Optional.empty();
        }
        if (pid.isEmpty()) {
            if (unreadableSince == 0) {
                unreadableSince = System.nanoTime();
            }
            boolean tooLong = System.nanoTime() - unreadableSince >= startupWait.toNanos();
            return tooLong ? ServerState.STOPPED : ServerState.UNKNOWN;
        }
        unreadableSince = 0;
        boolean running = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(process -> !isZombie(process))
                .filter(process -> EmbeddedPostgresLauncher.isPostgresOf(process, dataDir))
                .isPresent();
        return running ? ServerState.RUNNING : ServerState.STOPPED;
    }

    /**
     * A killed postmaster is an orphan, and where nothing reaps orphans (some containers' init) it stays a
     * zombie, which Java still reports alive. On Linux its state in {@code /proc/<pid>/stat} says so; the
     * state is the first field after the command name in parentheses (which may itself hold spaces or
     * parentheses). Elsewhere a zombie has no command line left, so {@code isPostgresOf} refuses it.
     */
    static boolean isZombie(ProcessHandle process) {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String fields = Files.readString(stat, StandardCharsets.US_ASCII);
            int commandEnd = fields.lastIndexOf(')');
            return commandEnd > 0 && fields.startsWith("Z", commandEnd + 2);
        } catch (IOException | RuntimeException noProcFileSystem) {
            return false;
        }
    }

    /** pg_ctl start, as zonky ran it; true once the server accepts connections. */
    private boolean startServer() {
        try {
            // The pid file names a dead process, or one that was never reaped: PostgreSQL would take the
            // second for a live server. Its shared memory check still refuses while old backends remain.
            Files.deleteIfExists(dataDir.resolve(EmbeddedPostgresLauncher.PID_FILE));
            unreadableSince = 0;
            List<String> command = command();
            emptyRestartLog();
            Process pgCtl = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!pgCtl.waitFor(startupWait.toSeconds() + 5, TimeUnit.SECONDS)) {
                pgCtl.destroy(); // pg_ctl only: a server still recovering is found running at a next check
                return false;
            }
            if (pgCtl.exitValue() != 0) {
                log.debug(
                        "PostgreSQL did not start yet on {} (pg_ctl exit {}); trying again",
                        dataDir,
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
     * pg_ctl appends to its log: emptied before each start, so it holds only the last restart's server
     * (the app's own log says when each restart happened) and cannot grow from one restart to the next.
     */
    private void emptyRestartLog() throws IOException {
        try (OutputStream truncated = Files.newOutputStream(restartLog(dataDir))) {
            // opening it truncates it
        }
    }

    /**
     * {@code postmaster.opts} holds the server's path and its arguments, quoted:
     * {@code /…/bin/postgres "-D" "/data" "-p" "5432" "-c" "fsync=on"}.
     */
    private List<String> command() throws IOException {
        String saved = Files.readString(dataDir.resolve(OPTIONS_FILE), StandardCharsets.UTF_8)
                .strip();
        int arguments = saved.indexOf(" \"");
        Path postgres = Path.of(arguments < 0 ? saved : saved.substring(0, arguments));
        String options = arguments < 0 ? "" : saved.substring(arguments + 1);
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(
                postgres.resolveSibling("pg_ctl").toString(),
                "-D",
                dataDir.toString(),
                "-o",
                options,
                "-l",
                restartLog(dataDir).toString(),
                "-w",
                "-t",
                Long.toString(startupWait.toSeconds()),
                "start"));
        return command;
    }
}
