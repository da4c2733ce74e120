package org.peacedirectory.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A base backup of a running server with PostgreSQL's low-level API ("Making a Base Backup Using the
 * Low Level API"), since the embedded bundle ships no {@code pg_basebackup} or {@code pg_dump}:
 * <ol>
 * <li>a temporary physical replication slot keeps every WAL segment from now on, even if checkpoints
 *     during the copy would recycle them;</li>
 * <li>{@code pg_backup_start} checkpoints and makes the server write full pages from then on;</li>
 * <li>the data directory is copied while the server runs (files may change under the copy: replaying the
 *     WAL repairs them), {@code global/pg_control} last and only once intact;</li>
 * <li>{@code pg_backup_stop} writes the end-of-backup record and returns the {@code backup_label}, written
 *     into the copy: it tells the restored server where to start replaying;</li>
 * <li>the WAL segments from the backup's start to its stop are copied, all of them checked present.</li>
 * </ol>
 * The restored server replays that WAL up to the end-of-backup record before it accepts connections, so it
 * sees the database exactly as it was at one moment between start and stop.
 */
final class OnlineBackup {

    static final String DATA = "data";

    private static final Set<String> SKIPPED_FILES = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "backup_label",
            "tablespace_map",
            "backup_label.old",
            "recovery.signal",
            "standby.signal",
            "pg_internal.init",
            "epg-lock"); // zonky's lock: the restored directory is not in use
    /** Directories kept empty: the server fills them at start (or they would carry state that must not travel). */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private static final String WAL = "pg_wal";

    private final Connection connection;
    private final Path dataDir;
    private final Runnable whileCopying;
    private final SortedMap<String, String> checksums = new TreeMap<>();

    /**
     * @param whileCopying runs after the data files are copied and before the backup stops (tests use it to
     *                     write and checkpoint in the middle of a backup)
     */
    OnlineBackup(Connection connection, Path dataDir, Runnable whileCopying) {
        this.connection = connection;
        this.dataDir = dataDir;
        this.whileCopying = whileCopying;
    }

    /** Copies the running server into {@code backupDir/data} and returns what the manifest records. */
    BackupManifest copyInto(Path backupDir, String name) throws IOException, SQLException, InterruptedException {
        Map<String, String> server = serverFacts();
        if ("minimal".equals(server.get("wal_level"))) {
            throw new BackupException("PostgreSQL runs with wal_level=minimal, which allows no online backup;"
                    + " set wal_level=replica (PostgreSQL's default).");
        }
        Path target = backupDir.resolve(DATA);
        BackupFiles.createDirectory(target);

        keepWalFromNowOn();
        String startLsn = single("select pg_backup_start(?, true)::text", "peace-directory " + name);
        copyDataFiles(target);
        whileCopying.run();
        write(target, ControlFile.PATH, ControlFile.readIntact(dataDir.resolve(ControlFile.PATH)));

        Stop stop = stopBackup();
        write(target, "backup_label", stop.label().getBytes(StandardCharsets.UTF_8));
        String startWal = WalSegments.startFile(stop.label());
        String stopWal = single("select pg_walfile_name(?::pg_lsn)", stop.lsn());
        copyWal(target, startWal, stopWal, Long.parseLong(server.get("wal_segment_size")));

        return BackupManifest.of(name, server, startLsn, stop.lsn(), startWal, stopWal, checksums);
    }

    private Map<String, String> serverFacts() throws SQLException {
        Map<String, String> facts = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select current_setting('server_version'), current_setting('server_version_num'),
                               current_setting('wal_level'), (select setting from pg_settings where name = 'wal_segment_size'),
                               (select system_identifier::text from pg_control_system())""")) {
            rows.next();
            facts.put("server_version", rows.getString(1));
            facts.put("server_version_num", rows.getString(2));
            facts.put("wal_level", rows.getString(3));
            facts.put("wal_segment_size", rows.getString(4));
            facts.put("system_identifier", rows.getString(5));
        }
        if (Integer.parseInt(facts.get("server_version_num")) < 150000) {
            throw new BackupException("PostgreSQL " + facts.get("server_version")
                    + " is too old for this backup (it needs 15 or newer).");
        }
        return facts;
    }

    /** A temporary slot lives as long as this connection: nothing to clean up if the backup dies. */
    private void keepWalFromNowOn() throws SQLException {
        String slot = "peace_directory_backup_" + ProcessHandle.current().pid();
        try {
            single("select slot_name::text from pg_create_physical_replication_slot(?, true, true)", slot);
        } catch (SQLException e) {
            throw new BackupException(
                    "PostgreSQL refused the replication slot that keeps the backup's WAL (" + e.getMessage()
                            + "); the server needs max_replication_slots above 0 (its default is 10).",
                    e);
        }
    }

    private void copyDataFiles(Path target) throws IOException {
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                String relative = BackupFiles.relative(dataDir, directory);
                BackupFiles.createDirectory(target.resolve(relative));
                String name = directory.getFileName().toString();
                boolean emptied = EMPTIED_DIRECTORIES.contains(relative) || name.startsWith("pgsql_tmp");
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = BackupFiles.relative(dataDir, file);
                if (attributes.isSymbolicLink()) {
                    throw new BackupException(file + " is a symbolic link (a tablespace or a moved pg_wal): this"
                            + " backup copies only a data directory that holds everything itself.");
                }
                if (skipped(relative, file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    checksums.put(relative, BackupFiles.copy(file, target.resolve(relative)));
                } catch (NoSuchFileException dropped) {
                    // a table dropped or a temporary file removed while copying: the WAL has the rest
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static boolean skipped(String relative, String name) {
        return SKIPPED_FILES.contains(name)
                || name.startsWith("pgsql_tmp")
                || relative.startsWith(WAL + "/") // copied after the stop, the segments the backup needs
                || relative.equals(ControlFile.PATH); // copied last, once intact
    }

    private Stop stopBackup() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select lsn::text, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)")) {
            rows.next();
            String tablespaceMap = rows.getString(3);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                throw new BackupException("The database uses tablespaces outside its data directory, which this"
                        + " backup does not copy.");
            }
            return new Stop(rows.getString(1), rows.getString(2));
        }
    }

    /**
     * Every segment from the one holding the backup's start checkpoint to the one holding its end record
     * (names of one timeline sort in WAL order), plus the timeline histories.
     */
    private void copyWal(Path target, String startWal, String stopWal, long segmentSize) throws IOException {
        Path wal = dataDir.resolve(WAL);
        for (String name : WalSegments.between(startWal, stopWal, segmentSize)) {
            try {
                checksums.put(
                        WAL + "/" + name,
                        BackupFiles.copy(wal.resolve(name), target.resolve(WAL).resolve(name)));
            } catch (NoSuchFileException e) {
                throw new BackupException(
                        "WAL segment " + name + ", which the backup needs, was removed while it"
                                + " ran; the backup is incomplete. Run it again.",
                        e);
            }
        }
        try (var files = Files.list(wal)) {
            for (Path history : files.filter(file ->
                            WalSegments.isTimelineHistory(file.getFileName().toString()))
                    .toList()) {
                String name = history.getFileName().toString();
                checksums.put(
                        WAL + "/" + name,
                        BackupFiles.copy(history, target.resolve(WAL).resolve(name)));
            }
        }
    }

    private void write(Path target, String relative, byte[] content) throws IOException {
        checksums.put(relative, BackupFiles.write(target.resolve(relative), content));
    }

    private String single(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private record Stop(String lsn, String label) {}
}
