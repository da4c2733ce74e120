package org.peacedirectory.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The logo a submission form keeps from one showing to the next. A new upload replaces the kept one; a
 * bad one is reported and the kept one stays. An upload is decoded and stored only for a form with a
 * genuine stamp from an address within its limits (submissions, and logo uploads an hour); otherwise the
 * submitter is asked to choose the file again.
 */
@Component
class FormLogos {

    private final LogoProcessor logoProcessor;
    private final LogoUploads logoUploads;
    private final SubmissionRateLimiter rateLimiter;
    private final Clock clock;

    FormLogos(LogoProcessor logoProcessor, LogoUploads logoUploads, SubmissionRateLimiter rateLimiter, Clock clock) {
        this.logoProcessor = logoProcessor;
        this.logoUploads = logoUploads;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /**
     * The token of the logo the form keeps after this request: a new upload's, or the one kept before
     * ({@code kept}: {@link #kept}, read once per request by the caller).
     *
     * @throws LogoDecodersBusyException when every decoding slot stayed taken while the upload waited
     */
    @Nullable
    String keep(SubmissionForm form, @Nullable String kept, Errors errors, boolean mayStore, String ipHash) {
        MultipartFile upload = form.logo();
        if (upload == null || upload.isEmpty()) {
            return kept;
        }
        if (!mayStore) {
            rejectUnkept(form, errors);
            return kept;
        }
        Duration uploadWait = rateLimiter.waitForLogoUpload(ipHash);
        if (!uploadWait.isZero()) {
            errors.rejectValue("logo", "logo.uploadLimit", new Object[] {uploadWait.toMinutes() + 1}, null);
            return kept;
        }
        try {
            // Checked before any of the upload is read.
            LogoProcessor.requireAtMostMaxBytes(upload.getSize());
            return store(processCounted(upload, ipHash));
        } catch (InvalidLogoException e) {
            errors.rejectValue("logo", e.getCode(), e.getArguments(), e.getMessage());
            return kept;
        } catch (IOException e) {
            errors.rejectValue("logo", "logo.unreadable");
            return kept;
        }
    }

    /** The logo kept with the form, if it is still there. */
    @Nullable
    String kept(SubmissionForm form) {
        String token = form.logoToken();
        return token != null && logoUploads.existsById(token) ? token : null;
    }

    /** The file sent with a form that may not store it: the submitter is asked to choose it again. */
    void rejectUnkept(SubmissionForm form, Errors errors) {
        if (hasUpload(form)) {
            errors.rejectValue("logo", "logo.notKept");
        }
    }

    /**
     * An upload that was read counts against the address's hourly allowance, whatever came of it; one turned
     * away because every decoder was busy does not, since the visitor is asked to send it again.
     */
    private ProcessedLogo processCounted(MultipartFile upload, String ipHash) throws IOException {
        try (InputStream content = upload.getInputStream()) {
            ProcessedLogo logo = logoProcessor.process(content, upload.getSize());
            rateLimiter.recordLogoUpload(ipHash);
            return logo;
        } catch (InvalidLogoException | IOException refused) {
            rateLimiter.recordLogoUpload(ipHash);
            throw refused;
        }
    }

    private String store(ProcessedLogo logo) {
        String token = SubmissionFormPage.randomToken();
        logoUploads.save(new LogoUpload(token, logo, clock.instant()));
        return token;
    }

    private static boolean hasUpload(SubmissionForm form) {
        return form.logo() != null && !form.logo().isEmpty();
    }
}
