package org.peacedirectory.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a short message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedPostgresLauncher.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(
            Throwable rootFailure, EmbeddedPostgresLauncher.DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other instance, or set DIRECTORY_EMBEDDED_DB_DATA_DIR to another directory.",
                cause);
    }
}
