package org.peacedirectory.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The embedded PostgreSQL the app runs on a data directory. The app picks its port at start, and
 * PostgreSQL writes it on the fourth line of {@code postmaster.pid}, so the data directory is all the
 * backup needs to know.
 */
record RunningServer(Path dataDir, int port) {

    private static final String PID_FILE = "postmaster.pid";
    private static final int PORT_LINE = 3;
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    static RunningServer of(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new BackupException("There is no embedded database in " + directory + ". Pass the app's data"
                    + " directory with --data-dir (the app's default is ./data/postgres, or"
                    + " DIRECTORY_EMBEDDED_DB_DATA_DIR if you set it).");
        }
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            throw new BackupException("No PostgreSQL server is running on " + directory + " (no " + PID_FILE
                    + "). Start the app, then run the backup again: it copies the running database.");
        }
        return new RunningServer(directory, readPort(pidFile));
    }

    private static int readPort(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return Integer.parseInt(lines.get(PORT_LINE).trim());
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new BackupException(
                    "Could not read the server's port from " + pidFile
                            + " (PostgreSQL may be starting or stopping). Wait a moment and run the backup again.",
                    e);
        }
    }

    /** A superuser connection (the embedded server trusts local connections), checked to be this directory's. */
    Connection connect() {
        Connection connection = open();
        try {
            ensureServes(connection);
            return connection;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            if (e instanceof BackupException backupException) {
                throw backupException;
            }
            throw new BackupException("Could not talk to PostgreSQL on port " + port + ": " + e.getMessage(), e);
        }
    }

    private Connection open() {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "peace-directory-backup");
        try {
            loadDriver();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, properties);
        } catch (SQLException e) {
            throw new BackupException(
                    "No PostgreSQL server answers on port " + port + ", the port in "
                            + dataDir.resolve(PID_FILE) + " (the app may have stopped or been killed). Start the app,"
                            + " then run the backup again.",
                    e);
        }
    }

    /** A stale pid file may name a port that another server now uses: never back up the wrong one. */
    private void ensureServes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            Path served = Path.of(rows.getString(1));
            if (!sameDirectory(served, dataDir)) {
                throw new BackupException("The PostgreSQL server on port " + port + " serves " + served + ", not "
                        + dataDir + " (its " + PID_FILE + " is stale). Start the app, then run the backup again.");
            }
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The driver is a runtime dependency; loading it by name registers it in the jar's class loader. */
    private static void loadDriver() {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new BackupException("The PostgreSQL JDBC driver is missing from the class path.", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing with a better message
        }
    }
}
