package org.peacedirectory.report;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.VisitorFormTokens;
import org.peacedirectory.system.IpHasher;
import org.peacedirectory.system.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What happens to a sent report form, with the submission form's defences and in the same order: the
 * honeypot; the form stamp and the per-address limit before anything is stored; the form's own checks
 * (sizes included, by its constraints); and storing it once per form and visitor ({@link VisitorFormTokens}),
 * however many times it is sent.
 */
@Service
class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    /** What came of a sent form. */
    sealed interface Outcome {}

    /** The honeypot was filled in: a robot, told that its report arrived; nothing is kept. */
    record Trapped() implements Outcome {}

    /** The form goes back as typed, with its errors and a stamp to send it with: 422, or 429 with the wait. */
    record Refused(
            String stamp, HttpStatus status, @Nullable Duration retryAfter) implements Outcome {}

    /** Stored, or found stored already. */
    record Stored(long reportId) implements Outcome {}

    private final FormStamp stamps;
    private final ReportRateLimiter rateLimiter;
    private final IpHasher ipHasher;
    private final VisitorFormTokens formTokens;
    private final ReportStore store;
    private final Clock clock;

    ReportIntake(
            FormStamp stamps,
            ReportRateLimiter rateLimiter,
            IpHasher ipHasher,
            VisitorFormTokens formTokens,
            ReportStore store,
            Clock clock) {
        this.stamps = stamps;
        this.rateLimiter = rateLimiter;
        this.ipHasher = ipHasher;
        this.formTokens = formTokens;
        this.store = store;
        this.clock = clock;
    }

    /** Takes a bound form, with the errors binding and validation found, about a published profile. */
    Outcome receive(ReportForm form, Errors errors, Organisation organisation, HttpServletRequest request) {
        if (form.isTrapped()) {
            log.warn("Honeypot field filled in a report form; nothing stored");
            return new Trapped();
        }
        FormStamp.Problem stampProblem = stamps.check(form.stamp());
        String stamp =
                FormStamp.Problem.isGenuine(stampProblem) && form.stamp() != null ? form.stamp() : stamps.issue();
        String ipHash = ipHasher.hash(request.getRemoteAddr());
        Duration wait = rateLimiter.waitFor(ipHash);
        if (!wait.isZero()) {
            errors.reject("report.rateLimited", new Object[] {wait.toMinutes() + 1}, null);
            return new Refused(stamp, HttpStatus.TOO_MANY_REQUESTS, wait);
        }
        if (stampProblem != null) {
            errors.reject(stampProblem.code());
        }
        if (errors.hasErrors()) {
            return new Refused(stamp, HttpStatus.UNPROCESSABLE_CONTENT, null);
        }
        // A hand-made request without a token gets one: it is then simply a new form.
        String token = form.formToken() == null || form.formToken().isBlank() ? RandomTokens.of(24) : form.formToken();
        String key = formTokens.bind(token, request);
        var existing = store.idOfForm(key);
        if (existing.isPresent()) {
            return new Stored(existing.get());
        }
        String language = RequestContextUtils.getLocale(request).getLanguage();
        try {
            long id = store.store(form.toReport(organisation.getId(), language, key, ipHash, clock.instant()));
            rateLimiter.record(ipHash);
            return new Stored(id);
        } catch (DataIntegrityViolationException sameFormAtTheSameTime) {
            return new Stored(store.idOfForm(key).orElseThrow(() -> sameFormAtTheSameTime));
        }
    }
}
