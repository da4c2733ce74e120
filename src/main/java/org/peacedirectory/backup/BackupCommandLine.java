package org.peacedirectory.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code backup} and {@code restore} modes of the app's jar: short-lived commands that run instead of
 * the web app (the main class hands them over before Spring starts), print what they did or what went
 * wrong, and exit with 0 (done), 1 (failed) or 2 (wrong arguments).
 */
public final class BackupCommandLine {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("backup", "restore");
    private static final String DATA_DIR_OPTION = "--data-dir";
    private static final String DATA_DIR_VARIABLE = "DIRECTORY_EMBEDDED_DB_DATA_DIR";
    private static final String DEFAULT_DATA_DIR = "./data/postgres";
    private static final String USAGE_TEXT = """
            Usage:
              java -jar peace-directory.jar backup <backups directory> [--data-dir <data directory>]
                  copies the running app's embedded database into a new directory under <backups directory>
              java -jar peace-directory.jar restore <backup directory> [--data-dir <data directory>]
                  puts a backup into <data directory>, which must not exist or be empty; start the app afterwards
            <data directory> is the embedded database's: DIRECTORY_EMBEDDED_DB_DATA_DIR if set, else ./data/postgres.""";

    private BackupCommandLine() {}

    /** True when the arguments ask for a backup or a restore rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, System.getenv(DATA_DIR_VARIABLE));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            if (arguments.command().equals("backup")) {
                out.println("Backing up the embedded database in "
                        + arguments.dataDir().toAbsolutePath().normalize() + "...");
                Path backup = new BackupCommand().backup(arguments.dataDir(), arguments.location());
                out.println("Backup written to " + backup);
                out.println("Restore it with: java -jar peace-directory.jar restore " + backup
                        + " --data-dir <empty directory>");
            } else {
                BackupManifest manifest = new RestoreCommand().restore(arguments.location(), arguments.dataDir());
                Path dataDir = arguments.dataDir().toAbsolutePath().normalize();
                out.println("Restored backup " + manifest.name() + " (PostgreSQL " + manifest.postgresVersion() + ", "
                        + manifest.checksums().size() + " files checked) into " + dataDir);
                out.println("Start the app on it (" + DATA_DIR_VARIABLE + "=" + dataDir + " unless it is the default):"
                        + " PostgreSQL first replays the WAL in the backup, then serves the restored database.");
            }
            return DONE;
        } catch (BackupException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("The " + arguments.command() + " failed: " + e);
            return FAILED;
        }
    }

    record Arguments(String command, Path location, Path dataDir) {

        static Arguments parse(String[] args, @Nullable String dataDirFromEnvironment) {
            List<String> positional = new ArrayList<>();
            String dataDir = dataDirFromEnvironment == null || dataDirFromEnvironment.isBlank()
                    ? DEFAULT_DATA_DIR
                    : dataDirFromEnvironment;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(DATA_DIR_OPTION)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(DATA_DIR_OPTION + " needs a directory.");
                    }
                    dataDir = args[++i];
                } else if (args[i].startsWith(DATA_DIR_OPTION + "=")) {
                    dataDir = args[i].substring(DATA_DIR_OPTION.length() + 1);
                } else if (args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Unknown option " + args[i] + ".");
                } else {
                    positional.add(args[i]);
                }
            }
            if (positional.isEmpty() || !COMMANDS.contains(positional.get(0))) {
                throw new IllegalArgumentException("Say backup or restore.");
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException(
                        positional.get(0).equals("backup")
                                ? "backup needs one directory to write the backup into."
                                : "restore needs one backup directory.");
            }
            return new Arguments(positional.get(0), Path.of(positional.get(1)), Path.of(dataDir));
        }
    }
}
