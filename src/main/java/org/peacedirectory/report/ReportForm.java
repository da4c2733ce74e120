package org.peacedirectory.report;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the report form sends: the reason, what is wrong, an optional address for an answer, and the hidden
 * state (the signed time it was shown, the token that makes a double click one report). The honeypot
 * ({@code url}) is a field people never see. Every answer is size-checked by its constraints before
 * anything is stored; never bound to an entity: {@link #toReport} makes the report from a valid form.
 */
record ReportForm(
        @NotBlank @Pattern(regexp = ReportReason.NAMES) @Nullable
        String reason,

        @NotBlank @Size(max = MAX_DETAILS) @Nullable String details,
        @Email @Size(max = 254) @Nullable String replyEmail,
        @Size(max = 100) @Nullable String stamp,
        @Size(max = 100) @Nullable String formToken,
        @Nullable String url) {

    static final int MAX_DETAILS = 2000;

    ReportForm {
        replyEmail = replyEmail == null || replyEmail.isBlank() ? null : replyEmail.strip();
    }

    /** An empty form, shown for the first time. */
    static ReportForm blank(String stamp, String formToken) {
        return new ReportForm(null, null, null, stamp, formToken, null);
    }

    /** The honeypot was filled in: only a robot sees it. */
    boolean isTrapped() {
        return url != null && !url.isEmpty();
    }

    /** The report to store; call only once the form is valid. */
    ProblemReport toReport(long organisationId, String language, String formKey, String ipHash, Instant now) {
        return new ProblemReport(
                organisationId,
                ReportReason.valueOf(Objects.requireNonNull(reason, "checked by validation")),
                Objects.requireNonNull(details, "checked by validation").strip(),
                replyEmail,
                language,
                formKey,
                ipHash,
                now);
    }
}
