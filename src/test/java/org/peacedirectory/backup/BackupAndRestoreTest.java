package org.peacedirectory.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacedirectory.system.AppEmbeddedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of the app's running embedded PostgreSQL, restored into a fresh data directory, starts and holds
 * every row: the app's migrated tables and demo data identical, and a table written during the backup in
 * a state that existed at one moment (nothing half-written, nothing missing before it).
 */
class BackupAndRestoreTest {

    private static final List<String> WRITTEN_DURING_BACKUP = List.of("public.ledger", "public.ledger_mirror");

    @TempDir
    Path temp;

    @Test
    void restoresEveryRowOfABackupTakenWhileWritesGoOn() throws Exception {
        Path source = temp.resolve("source");
        Path restored = temp.resolve("restored");
        Map<String, String> tablesBefore;
        long committedBeforeBackup;
        long committedAfterBackup;
        CommandLineRun backup;
        try (EmbeddedPostgres running = AppEmbeddedDatabase.start(source)) {
            DataSource dataSource = running.getPostgresDatabase();
            migrateWithDemoData(dataSource);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create table ledger (id bigint primary key, amount int not null)")
                    .update();
            jdbc.sql("create table ledger_mirror (ledger_id bigint primary key, amount int not null)")
                    .update();
            tablesBefore = tableDigests(jdbc);

            try (LedgerWriter writer = LedgerWriter.start(dataSource)) {
                writer.awaitCommitsBeyond(100);
                committedBeforeBackup = writer.committed();
                backup = CommandLineRun.of("backup", temp.resolve("backups"), "--data-dir", source);
                committedAfterBackup = writer.committed();
            }
        }
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(committedAfterBackup).as("writes went on during the backup").isGreaterThan(committedBeforeBackup);

        CommandLineRun restore = CommandLineRun.of("restore", backup.backupDirectory(), "--data-dir", restored);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored backup", restored.toString());

        try (EmbeddedPostgres again = AppEmbeddedDatabase.start(restored)) {
            JdbcClient jdbc = JdbcClient.create(again.getPostgresDatabase());
            Map<String, String> tablesAfter = tableDigests(jdbc);
            assertThat(tablesAfter.keySet()).isEqualTo(tablesBefore.keySet());
            assertThat(tablesBefore).hasSizeGreaterThan(20);
            tablesBefore.forEach((table, digest) -> {
                if (!WRITTEN_DURING_BACKUP.contains(table)) {
                    assertThat(tablesAfter.get(table)).as(table).isEqualTo(digest);
                }
            });
            assertThat(jdbc.sql("select count(*) from organisation")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(12);

            List<Long> ledger = jdbc.sql("select id from ledger order by id")
                    .query(Long.class)
                    .list();
            long last = ledger.get(ledger.size() - 1);
            System.out.printf(
                    "Ledger rows: %d committed before the backup, %d after it, %d restored; %d tables compared%n",
                    committedBeforeBackup, committedAfterBackup, last, tablesBefore.size());
            assertThat(last).isBetween(committedBeforeBackup, committedAfterBackup);
            assertThat(ledger)
                    .as("every write up to the backup's moment, none missing")
                    .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            assertThat(jdbc.sql(
                                    "select count(*) from ledger l join ledger_mirror m on m.ledger_id = l.id and m.amount = l.amount")
                            .query(Long.class)
                            .single())
                    .as("no transaction half there")
                    .isEqualTo(last);
            assertThat(jdbc.sql("select count(*) from ledger_mirror")
                            .query(Long.class)
                            .single())
                    .isEqualTo(last);

            assertThat(jdbc.sql("select pg_is_in_recovery()")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThat(jdbc.sql("insert into ledger values (?, 1)")
                            .param(last + 1)
                            .update())
                    .isOne();
        }
    }

    @Test
    void keepsTheWalItNeedsWhenCheckpointsDuringTheBackupRecycleIt() throws Exception {
        Path source = temp.resolve("source");
        Path restored = temp.resolve("restored");
        AtomicReference<String> redoAfterCheckpoints = new AtomicReference<>();
        Path backup;
        try (EmbeddedPostgres running = AppEmbeddedDatabase.start(source)) {
            JdbcClient jdbc = JdbcClient.create(running.getPostgresDatabase());
            jdbc.sql("create table written (round int primary key, filler text not null)")
                    .update();
            // The smallest WAL PostgreSQL allows, none kept for standbys: a checkpoint recycles every older segment.
            for (String setting : List.of("max_wal_size = '32MB'", "min_wal_size = '32MB'", "wal_keep_size = 0")) {
                jdbc.sql("alter system set " + setting).update();
            }
            jdbc.sql("select pg_reload_conf()").query().singleRow();

            Runnable checkpointsWhileCopying = () -> {
                for (int round = 1; round <= 4; round++) {
                    jdbc.sql("insert into written values (?, repeat('x', 100000))")
                            .param(round)
                            .update();
                    jdbc.sql("select pg_switch_wal()").query().singleRow();
                    jdbc.sql("checkpoint").update();
                }
                redoAfterCheckpoints.set(jdbc.sql("select redo_wal_file from pg_control_checkpoint()")
                        .query(String.class)
                        .single());
            };
            backup = new BackupCommand(checkpointsWhileCopying).backup(source, temp.resolve("backups"));
        }
        BackupManifest manifest = BackupManifest.readFrom(backup);
        assertThat(redoAfterCheckpoints.get())
                .as("checkpoints moved past the backup's first segment")
                .isGreaterThan(manifest.startWalFile());

        CommandLineRun restore = CommandLineRun.of("restore", backup, "--data-dir", restored);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        try (EmbeddedPostgres again = AppEmbeddedDatabase.start(restored)) {
            assertThat(JdbcClient.create(again.getPostgresDatabase())
                            .sql("select round from written order by round")
                            .query(Integer.class)
                            .list())
                    .containsExactly(1, 2, 3, 4);
        }
    }

    private static void migrateWithDemoData(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", AppEmbeddedDatabase.DEMO_DATA)
                .load()
                .migrate();
    }

    /** Row count and an MD5 of every row's text, sorted, for every table of the app's schemas. */
    static Map<String, String> tableDigests(JdbcClient jdbc) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : jdbc.sql("""
                select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables
                where schemaname not in ('pg_catalog', 'information_schema')""").query(String.class).list()) {
            digests.put(
                    table,
                    jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from " + table + " t")
                            .query(String.class)
                            .single());
        }
        return digests;
    }

    /** One writer committing ledger rows 1, 2, 3... in pairs with their mirror, until closed. */
    static final class LedgerWriter implements AutoCloseable {

        private final AtomicLong committed = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private volatile boolean stopping;

        private LedgerWriter(DataSource dataSource) {
            thread = new Thread(() -> write(dataSource), "ledger-writer");
        }

        static LedgerWriter start(DataSource dataSource) {
            LedgerWriter writer = new LedgerWriter(dataSource);
            writer.thread.start();
            return writer;
        }

        long committed() {
            return committed.get();
        }

        void awaitCommitsBeyond(long count) {
            await(() -> committed.get(), count);
        }

        private void await(LongSupplier value, long beyond) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (value.getAsLong() <= beyond) {
                if (failure.get() != null || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the writer committed only " + value.getAsLong(), failure.get());
                }
                Thread.onSpinWait();
            }
        }

        private void write(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement ledger = connection.prepareStatement("insert into ledger values (?, ?)");
                    PreparedStatement mirror = connection.prepareStatement("insert into ledger_mirror values (?, ?)")) {
                connection.setAutoCommit(false);
                for (long id = 1; !stopping; id++) {
                    int amount = (int) (id * 7 % 1000);
                    ledger.setLong(1, id);
                    ledger.setInt(2, amount);
                    ledger.executeUpdate();
                    mirror.setLong(1, id);
                    mirror.setInt(2, amount);
                    mirror.executeUpdate();
                    connection.commit();
                    committed.set(id);
                }
            } catch (SQLException | RuntimeException e) {
                failure.set(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stopping = true;
            thread.join(Duration.ofSeconds(30).toMillis());
            if (failure.get() != null) {
                throw new AssertionError("the writer failed", failure.get());
            }
        }
    }
}
