package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The app's own PostgreSQL keeps its data, refuses a second instance and recovers after a crash. */
class EmbeddedPostgresLauncherTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestarts() throws IOException {
        try (EmbeddedPostgres first = launcher().start()) {
            jdbc(first).sql("create table kept (value text)").update();
            jdbc(first).sql("insert into kept values ('still here')").update();
        }

        try (EmbeddedPostgres second = launcher().start()) {
            assertThat(jdbc(second)
                            .sql("select value from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
        }
    }

    @Test
    void runsDurableSoThatACommitSurvivesACrashOfPostgres() throws IOException {
        try (EmbeddedPostgres postgres = launcher().start()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(jdbc(postgres)
                                .sql("show " + setting)
                                .query(String.class)
                                .single())
                        .as(setting)
                        .isEqualTo("on");
            }
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectoryWithAClearMessage() throws IOException {
        try (EmbeddedPostgres running = launcher().start()) {
            assertThatThrownBy(() -> launcher().start())
                    .isInstanceOf(EmbeddedPostgresLauncher.DataDirectoryInUseException.class)
                    .hasMessageContaining("Another Peace Directory instance is already using")
                    .hasMessageContaining("DIRECTORY_EMBEDDED_DB_DATA_DIR");
            assertThat(jdbc(running).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void recoversWhenThePreviousRunWasKilled() throws Exception {
        Process crashed = startInAnotherJvm();
        try {
            assertThat(crashed.inputReader().lines().filter("ready"::equals).findFirst())
                    .isPresent();
        } finally {
            crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: PostgreSQL is left orphaned
        }
        assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedPostgres restarted = launcher().start()) {
            assertThat(jdbc(restarted)
                            .sql("select value from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("written before the crash");
        }
    }

    private Process startInAnotherJvm() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingApp.class.getName(),
                        dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private EmbeddedPostgresLauncher launcher() {
        return new EmbeddedPostgresLauncher(new EmbeddedDatabaseProperties(dataDir, 0, Duration.ofSeconds(60)));
    }

    private static JdbcClient jdbc(EmbeddedPostgres postgres) {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    /** Starts the server, writes a row, says "ready", then waits to be killed. */
    static final class CrashingApp {
        public static void main(String[] args) throws IOException, SQLException, InterruptedException {
            var properties = new EmbeddedDatabaseProperties(Path.of(args[0]), 0, Duration.ofSeconds(60));
            EmbeddedPostgres postgres = new EmbeddedPostgresLauncher(properties).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create table kept (value text)");
                connection.createStatement().execute("insert into kept values ('written before the crash')");
            }
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
