package org.peacedirectory.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns refused admin settings into a short start-up failure instead of a stack trace. */
class AdminSettingsRefusedFailureAnalyzer
        extends AbstractFailureAnalyzer<AdminBootstrap.AdminSettingsRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.AdminSettingsRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD, "
                        + "or unset both, then start again. A password needs " + PasswordPolicy.MIN_LENGTH + " to "
                        + PasswordPolicy.MAX_LENGTH + " characters and must not be a common one.",
                cause);
    }
}
