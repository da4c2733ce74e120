package org.peacedirectory.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start with mail but no public address into a short message instead of a stack trace. */
class BaseUrlRequiredFailureAnalyzer extends AbstractFailureAnalyzer<SiteUrl.BaseUrlRequiredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SiteUrl.BaseUrlRequiredException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set DIRECTORY_BASE_URL to the address readers use, such as https://peace.example.org.",
                cause);
    }
}
