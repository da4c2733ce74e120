package org.peacedirectory.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** One run of the backup command line, as an operator would type it, with what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(Object... args) {
        String[] arguments = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = BackupCommandLine.run(
                arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLineRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The directory the backup command said it wrote. */
    Path backupDirectory() {
        String marker = "Backup written to ";
        return out.lines()
                .filter(line -> line.startsWith(marker))
                .map(line -> Path.of(line.substring(marker.length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No backup written: " + out + err));
    }
}
