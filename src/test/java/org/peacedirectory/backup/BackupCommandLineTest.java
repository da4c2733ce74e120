package org.peacedirectory.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacedirectory.PeaceDirectoryApplication;
import org.peacedirectory.system.AppEmbeddedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The backup and restore commands say clearly what is wrong, exit non-zero, and never overwrite a database. */
class BackupCommandLineTest {

    @TempDir
    static Path shared;

    static Path backup;

    @TempDir
    Path temp;

    @BeforeAll
    static void takeABackup() throws IOException {
        try (EmbeddedPostgres running = AppEmbeddedDatabase.start(shared.resolve("source"))) {
            JdbcClient.create(running.getPostgresDatabase())
                    .sql("create table kept as select 'backed up' as value")
                    .update();
            backup = CommandLineRun.of("backup", shared.resolve("backups"), "--data-dir", shared.resolve("source"))
                    .backupDirectory();
        }
    }

    @Test
    void backupSaysNoServerIsRunningWhenTheAppIsStopped() throws IOException {
        Path stopped = temp.resolve("stopped");
        AppEmbeddedDatabase.start(stopped).close();

        CommandLineRun run = CommandLineRun.of("backup", temp.resolve("backups"), "--data-dir", stopped);

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err()).contains("No PostgreSQL server is running on " + stopped, "Start the app");
        assertThat(temp.resolve("backups")).doesNotExist();
    }

    @Test
    void backupSaysNoServerAnswersWhenTheAppWasKilledAndThePidFileIsStale() throws IOException {
        Path killed = Files.createDirectories(temp.resolve("killed"));
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        Files.writeString(
                killed.resolve("postmaster.pid"),
                "999999\n" + killed + "\n1764548000\n" + freePort + "\n/tmp\nlocalhost\n");

        CommandLineRun run = CommandLineRun.of("backup", temp.resolve("backups"), "--data-dir", killed);

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err()).contains("No PostgreSQL server answers on port " + freePort, "Start the app");
        assertThat(temp.resolve("backups")).doesNotExist();
    }

    @Test
    void backupSaysThereIsNoDatabaseInADirectoryThatDoesNotExist() {
        CommandLineRun run =
                CommandLineRun.of("backup", temp.resolve("backups"), "--data-dir", temp.resolve("nowhere"));

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err()).contains("There is no embedded database in " + temp.resolve("nowhere"), "--data-dir");
    }

    @Test
    void backupRefusesToWriteIntoTheDataDirectoryItCopies() throws IOException {
        Path source = temp.resolve("source");
        try (EmbeddedPostgres running = AppEmbeddedDatabase.start(source)) {
            CommandLineRun run = CommandLineRun.of("backup", source.resolve("backups"), "--data-dir", source);

            assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
            assertThat(run.err()).contains("Put backups outside the data directory");
            assertThat(source.resolve("backups")).doesNotExist();
        }
    }

    @Test
    void restoreRefusesToOverwriteAnExistingDataDirectory() throws IOException {
        Path existing = Files.createDirectories(temp.resolve("postgres"));
        Files.writeString(existing.resolve("PG_VERSION"), "18\n");

        CommandLineRun run = CommandLineRun.of("restore", backup, "--data-dir", existing);

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err())
                .contains(
                        existing + " already exists and is not empty", "never overwrites", "move that directory aside");
        try (var entries = Files.list(existing)) {
            assertThat(entries.map(path -> path.getFileName().toString()).toList())
                    .containsExactly("PG_VERSION");
        }
        assertThat(Files.readString(existing.resolve("PG_VERSION"))).isEqualTo("18\n");
    }

    @Test
    void restoresIntoAnEmptyDirectoryAndTheServerStartsOnIt() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("postgres"));

        CommandLineRun run = CommandLineRun.of("restore", backup, "--data-dir", empty);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (EmbeddedPostgres restored = AppEmbeddedDatabase.start(empty)) {
            assertThat(JdbcClient.create(restored.getPostgresDatabase())
                            .sql("select value from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("backed up");
        }
    }

    @Test
    void restoreRefusesADamagedBackupAndWritesNothing() throws IOException {
        Path damaged = copyOf(backup, temp.resolve("damaged"));
        Path dataFile = damaged.resolve("data/global/pg_control");
        byte[] content = Files.readAllBytes(dataFile);
        content[10] ^= 1;
        Files.write(dataFile, content, StandardOpenOption.TRUNCATE_EXISTING);

        CommandLineRun run = CommandLineRun.of("restore", damaged, "--data-dir", temp.resolve("postgres"));

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err())
                .contains(
                        "The backup is damaged, so nothing was restored",
                        "global/pg_control does not match its checksum");
        assertThat(temp.resolve("postgres")).doesNotExist();
        assertThat(temp.resolve("postgres.restoring")).doesNotExist();
    }

    @Test
    void restoreRefusesADirectoryThatIsNotAFinishedBackup() throws IOException {
        Path unfinished = Files.createDirectories(temp.resolve("peace-directory-20261201T000000Z.partial"));

        CommandLineRun run = CommandLineRun.of("restore", unfinished, "--data-dir", temp.resolve("postgres"));

        assertThat(run.exitCode()).isEqualTo(BackupCommandLine.FAILED);
        assertThat(run.err()).contains("is not a finished Peace Directory backup");
        assertThat(temp.resolve("postgres")).doesNotExist();
    }

    @Test
    void wrongArgumentsGetTheUsage() {
        for (String[] args : List.of(
                new String[] {"backup"},
                new String[] {"restore", "a", "b"},
                new String[] {"backup", "dir", "--data-dir"},
                new String[] {"backup", "dir", "--port", "5432"})) {
            CommandLineRun run = CommandLineRun.of((Object[]) args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(BackupCommandLine.USAGE);
            assertThat(run.err()).contains("Usage:", "java -jar peace-directory.jar backup");
        }
    }

    @Test
    void theAppsMainClassRunsTheBackupAndExitsWithoutStartingTheWebApp() throws Exception {
        Path source = temp.resolve("source");
        try (EmbeddedPostgres running = AppEmbeddedDatabase.start(source)) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            PeaceDirectoryApplication.class.getName(),
                            "backup",
                            temp.resolve("backups").toString(),
                            "--data-dir",
                            source.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output)
                    .contains("Backup written to " + temp.resolve("backups"))
                    .doesNotContain("Tomcat", "Started PeaceDirectoryApplication");
            try (var backups = Files.list(temp.resolve("backups"))) {
                assertThat(backups.toList())
                        .singleElement()
                        .satisfies(dir ->
                                assertThat(dir.resolve(BackupManifest.FILE)).exists());
            }
        }
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        try (var paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }
}
