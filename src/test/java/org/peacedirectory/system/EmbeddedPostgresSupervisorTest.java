package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervisor on a real embedded PostgreSQL, outside Spring. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EmbeddedPostgresSupervisorTest {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @Test
    void restartsAKilledServerWithItsLogBesideTheDataDirectoryEmptiedAtEachRestart() throws Exception {
        Path dataDir = root.resolve("postgres");
        Path restartLog = root.resolve("postgres-restarted.log");
        try (EmbeddedPostgres postgres = launcher(dataDir).start()) {
            jdbc(postgres).sql("create table kept (value text)").update();
            jdbc(postgres).sql("insert into kept values ('before the kill')").update();
            EmbeddedPostgresSupervisor supervisor = new EmbeddedPostgresSupervisor(dataDir, STARTUP_WAIT).start();
            try {
                Files.writeString(restartLog, "a line of an earlier restart\n");
                long killed = postmasterPid(dataDir);
                ProcessHandle.of(killed).orElseThrow().destroyForcibly();

                waitFor(
                        Duration.ofSeconds(60),
                        () -> supervisor.state() == EmbeddedPostgresSupervisor.ServerState.RUNNING
                                && postmasterPid(dataDir) != killed);

                assertThat(jdbc(postgres)
                                .sql("select value from kept")
                                .query(String.class)
                                .single())
                        .isEqualTo("before the kill");
            } finally {
                supervisor.stop();
            }
        }
        try (var inDataDir = Files.list(dataDir)) {
            assertThat(inDataDir.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".log"));
        }
        assertThat(Files.readString(restartLog))
                .contains("ready to accept connections")
                .doesNotContain("a line of an earlier restart");
    }

    @Test
    void leavesAPidFileThatHoldsNoPidYetForTheNextCheck() throws IOException {
        Path dataDir = Files.createDirectories(root.resolve("postgres"));
        Path pidFile = Files.createFile(dataDir.resolve("postmaster.pid")); // a server writing it right now
        EmbeddedPostgresSupervisor supervisor = new EmbeddedPostgresSupervisor(dataDir, STARTUP_WAIT);

        supervisor.check();

        assertThat(supervisor.state()).isEqualTo(EmbeddedPostgresSupervisor.ServerState.UNKNOWN);
        assertThat(pidFile).exists();
    }

    @Test
    void takesAPidFileThatStaysEmptyLongerThanAStartForADeadServer() throws IOException {
        Path dataDir = Files.createDirectories(root.resolve("postgres"));
        Files.createFile(dataDir.resolve("postmaster.pid"));
        EmbeddedPostgresSupervisor supervisor = new EmbeddedPostgresSupervisor(dataDir, Duration.ZERO);

        assertThat(supervisor.state()).isEqualTo(EmbeddedPostgresSupervisor.ServerState.STOPPED);
    }

    @Test
    void recognisesAKilledProcessNobodyReapedAsAZombie() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/stat")), "Linux only");
        // The shell's child exits at once; the shell becomes a sleep that never reaps it: a zombie.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & echo $!; exec sleep 60").start();
        try (BufferedReader output = parent.inputReader()) {
            ProcessHandle child =
                    ProcessHandle.of(Long.parseLong(output.readLine().trim())).orElseThrow();

            waitFor(Duration.ofSeconds(10), () -> EmbeddedPostgresSupervisor.isZombie(child));
            assertThat(EmbeddedPostgresSupervisor.isZombie(parent.toHandle())).isFalse();
        } finally {
            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void checksOnAThreadOfItsOwnThatEndsWhenItStops() throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("postgres"));
        EmbeddedPostgresSupervisor supervisor = new EmbeddedPostgresSupervisor(dataDir, STARTUP_WAIT).start();
        assertThat(supervisorThreads()).isNotEmpty();

        supervisor.stop();

        waitFor(Duration.ofSeconds(5), () -> supervisorThreads().isEmpty());
    }

    private static List<Thread> supervisorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(EmbeddedPostgresSupervisor.THREAD_NAME))
                .filter(Thread::isAlive)
                .toList();
    }

    private static long postmasterPid(Path dataDir) {
        try {
            return EmbeddedPostgresLauncher.readPid(dataDir.resolve("postmaster.pid"))
                    .orElse(-1L);
        } catch (IOException notThere) {
            return -1;
        }
    }

    private static EmbeddedPostgresLauncher launcher(Path dataDir) {
        return new EmbeddedPostgresLauncher(new EmbeddedDatabaseProperties(dataDir, 0, STARTUP_WAIT));
    }

    private static JdbcClient jdbc(EmbeddedPostgres postgres) {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    private static void waitFor(Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within " + deadline);
            }
            Thread.sleep(50);
        }
    }
}
