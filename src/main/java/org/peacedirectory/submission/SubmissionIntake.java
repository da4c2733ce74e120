package org.peacedirectory.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.system.IpHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What happens to a sent submission form between the controller that bound it and the database, in this
 * order: the honeypot; the cheap spam checks (the form stamp, the per-address limit) before anything is
 * decoded or stored; the logo kept with the form ({@link FormLogos}); the form's own checks; the duplicate
 * question; and storing it once per form, however many times it is sent. The controller shows the
 * {@link Outcome}.
 */
@Service
class SubmissionIntake {

    /** The button that sends the form; the others add or remove activity rows. */
    static final String SUBMIT = "submit";

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    /** What a form is for: a new organisation, a change to a published one, or a resubmission. */
    record Purpose(
            @Nullable Organisation changeOf, @Nullable String resubmissionToken, boolean fromOrganisation) {

        static Purpose newOrganisation() {
            return new Purpose(null, null, false);
        }

        /** A change; {@code fromOrganisation} when the organisation itself, signed in, proposes it. */
        static Purpose change(Organisation organisation, boolean fromOrganisation) {
            return new Purpose(organisation, null, fromOrganisation);
        }

        /** The submitter's corrected proposal, after the moderators asked for changes. */
        static Purpose resubmission(String trackingToken) {
            return new Purpose(null, trackingToken, false);
        }

        /** The published profile the form suggests a change to, or null. */
        @Nullable
        String changeOfSlug() {
            return changeOf == null ? null : changeOf.getSlug();
        }

        /** Only a new organisation is asked whether it is listed already. */
        private boolean asksAboutDuplicates() {
            return changeOf == null && resubmissionToken == null;
        }
    }

    /** What came of a sent form. */
    sealed interface Outcome {}

    /** The honeypot was filled in: a robot, told that its form arrived; nothing is kept. */
    record Trapped() implements Outcome {}

    /** The form goes back as typed with its errors: 422, or 429 or 503 with the time to wait before sending again. */
    record Refused(
            SubmissionForm form,
            HttpStatus status,
            @Nullable Duration retryAfter) implements Outcome {}

    /** Activity rows were added or removed: the form again, with no errors shown. */
    record Edited(SubmissionForm form) implements Outcome {}

    /** Similar organisations are listed: the form goes back once, with them. */
    record PossiblyListed(SubmissionForm form, List<PossibleDuplicates.Match> matches) implements Outcome {}

    /** Stored, or found stored already: the submission's tracking token. */
    record Stored(String trackingToken) implements Outcome {}

    private final SubmissionService service;
    private final SubmissionFormValidator validator;
    private final FormStamp stamps;
    private final SubmissionRateLimiter rateLimiter;
    private final IpHasher ipHasher;
    private final FormLogos logos;
    private final PossibleDuplicates duplicates;
    private final VisitorFormTokens formTokens;

    SubmissionIntake(
            SubmissionService service,
            SubmissionFormValidator validator,
            FormStamp stamps,
            SubmissionRateLimiter rateLimiter,
            IpHasher ipHasher,
            FormLogos logos,
            PossibleDuplicates duplicates,
            VisitorFormTokens formTokens) {
        this.service = service;
        this.validator = validator;
        this.stamps = stamps;
        this.rateLimiter = rateLimiter;
        this.ipHasher = ipHasher;
        this.logos = logos;
        this.duplicates = duplicates;
        this.formTokens = formTokens;
    }

    /** Takes a bound form, with the errors binding found, sent with the button {@code action}. */
    Outcome receive(SubmissionForm form, Errors errors, Purpose purpose, String action, HttpServletRequest request) {
        if (form.url() != null) {
            log.warn("Honeypot field filled in a submission form; nothing stored");
            return new Trapped();
        }
        // The cheap checks (stamp, rate limit) come before anything is decoded or stored.
        String sentStamp = form.state().stamp();
        FormStamp.Problem stampProblem = stamps.check(sentStamp);
        boolean genuineStamp = stampProblem != FormStamp.Problem.INVALID && stampProblem != FormStamp.Problem.EXPIRED;
        String stamp = genuineStamp && sentStamp != null ? sentStamp : stamps.issue();
        String ipHash = ipHasher.hash(request.getRemoteAddr());
        Duration wait = rateLimiter.waitFor(ipHash);
        String kept = logos.kept(form);
        if (!wait.isZero() && action.equals(SUBMIT)) {
            errors.reject("submission.rateLimited", new Object[] {wait.toMinutes() + 1}, null);
            logos.rejectUnkept(form, errors);
            return refused(form, stamp, kept, HttpStatus.TOO_MANY_REQUESTS, wait);
        }
        String logoToken;
        try {
            logoToken = logos.keep(form, kept, errors, genuineStamp && wait.isZero(), ipHash);
        } catch (LogoDecodersBusyException busy) {
            errors.rejectValue("logo", "logo.busy");
            return refused(
                    form,
                    stamp,
                    kept,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    Duration.ofSeconds(LogoDecodersBusyException.RETRY_AFTER_SECONDS));
        }

        if (!action.equals(SUBMIT)) {
            return new Edited(form.withActivitiesEdited(action).withState(stamp, logoToken, false));
        }
        validator.validate(form, errors);
        if (stampProblem != null) {
            errors.reject(stampProblem.code);
        }
        if (errors.hasErrors()) {
            return refused(form, stamp, logoToken, HttpStatus.UNPROCESSABLE_CONTENT, null);
        }
        if (purpose.asksAboutDuplicates() && !form.state().isDuplicateWarningSeen()) {
            OrganisationAnswers organisation = form.organisation();
            List<PossibleDuplicates.Match> matches =
                    duplicates.of(organisation.name(), organisation.acronym(), organisation.countryCode());
            if (!matches.isEmpty()) {
                return new PossiblyListed(form.withState(stamp, logoToken, true), matches);
            }
        }
        SubmissionForm valid = form.withState(stamp, logoToken, true);
        // Stored under a key bound to this visitor: another visitor's token, replayed, finds nothing.
        SubmissionForm bound = valid.withFormToken(formTokens.bind(valid.formToken(), request));
        return new Stored(store(bound, purpose, ipHash, RequestContextUtils.getLocale(request)));
    }

    /** The form as it was sent, with its errors, to fix and send again. */
    private static Refused refused(
            SubmissionForm form,
            String stamp,
            @Nullable String logoToken,
            HttpStatus status,
            @Nullable Duration retryAfter) {
        return new Refused(form.withState(stamp, logoToken, form.state().isDuplicateWarningSeen()), status, retryAfter);
    }

    private String store(SubmissionForm form, Purpose purpose, String ipHash, Locale locale) {
        if (purpose.resubmissionToken() == null) {
            return storeOnce(form, purpose.changeOf(), purpose.fromOrganisation(), ipHash, locale);
        }
        try {
            service.resubmit(purpose.resubmissionToken(), form);
            rateLimiter.recordSubmission(ipHash);
        } catch (OptimisticLockingFailureException | IllegalTransitionException sentTwiceAtOnce) {
            // The other request of a double click won; nothing is lost.
        }
        return purpose.resubmissionToken();
    }

    /** Stores the submission once per form token, whatever the number of clicks. */
    private String storeOnce(
            SubmissionForm form,
            @Nullable Organisation changeOf,
            boolean fromOrganisation,
            String ipHash,
            Locale locale) {
        var existing = service.trackingTokenOfForm(form.formToken());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            String token = service.submit(form, changeOf, fromOrganisation, ipHash, locale);
            rateLimiter.recordSubmission(ipHash);
            return token;
        } catch (DataIntegrityViolationException sameFormAtTheSameTime) {
            return service.trackingTokenOfForm(form.formToken()).orElseThrow(() -> sameFormAtTheSameTime);
        }
    }
}
