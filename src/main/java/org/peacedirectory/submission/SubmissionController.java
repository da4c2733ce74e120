package org.peacedirectory.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.system.IpHasher;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public form: a new organisation at {@code /submit}, a change at
 * {@code /organisations/{slug}/suggest-edit}. Whatever happens, everything typed comes back; a stored
 * submission redirects to its thank-you page (POST-redirect-GET).
 */
@Controller
class SubmissionController {

    static final String FORM = "submissionForm";
    private static final String VIEW = "submissions/form";
    private static final Logger log = LoggerFactory.getLogger(SubmissionController.class);

    private final SubmissionService service;
    private final SubmissionFormValidator validator;
    private final SubmissionFormPage page;
    private final FormStamp stamps;
    private final SubmissionRateLimiter rateLimiter;
    private final IpHasher ipHasher;
    private final LogoProcessor logoProcessor;
    private final LogoUploads logoUploads;
    private final PossibleDuplicates duplicates;
    private final LiveProfiles liveProfiles;
    private final Organisations organisations;
    private final SessionFormTokens formTokens;

    SubmissionController(SubmissionService service, SubmissionFormValidator validator, SubmissionFormPage page,
            FormStamp stamps, SubmissionRateLimiter rateLimiter, IpHasher ipHasher, LogoProcessor logoProcessor,
            LogoUploads logoUploads, PossibleDuplicates duplicates, LiveProfiles liveProfiles,
            Organisations organisations, SessionFormTokens formTokens) {
        this.service = service;
        this.validator = validator;
        this.page = page;
        this.stamps = stamps;
        this.rateLimiter = rateLimiter;
        this.ipHasher = ipHasher;
        this.logoProcessor = logoProcessor;
        this.logoUploads = logoUploads;
        this.duplicates = duplicates;
        this.liveProfiles = liveProfiles;
        this.organisations = organisations;
        this.formTokens = formTokens;
    }

    @GetMapping("/submit")
    String newOrganisation(Locale locale, Model model) {
        SubmissionForm form = SubmissionForm.blank(locale.getLanguage(), stamps.issue(), page.newFormToken());
        return page.show(model, form, null);
    }

    @GetMapping("/organisations/{slug}/suggest-edit")
    String suggestEdit(@PathVariable String slug, Model model) {
        ProfileContent live = liveProfiles.bySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
        return page.show(model, SubmissionForm.of(live, stamps.issue(), page.newFormToken()), slug);
    }

    @PostMapping("/submit")
    String submitNewOrganisation(@Valid @ModelAttribute(FORM) SubmissionForm form, BindingResult errors,
            @RequestParam(defaultValue = "submit") String action, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return handle(form, errors, action, null, true, model, request, response,
                (valid, ipHash) -> thanks(store(valid, null, ipHash, locale)));
    }

    @PostMapping("/organisations/{slug}/suggest-edit")
    String submitChange(@PathVariable String slug, @Valid @ModelAttribute(FORM) SubmissionForm form,
            BindingResult errors, @RequestParam(defaultValue = "submit") String action, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Organisation organisation = organisations.findPublishedBySlug(slug)
                .orElseThrow(() -> new OrganisationNotFoundException(slug));
        return handle(form, errors, action, organisation.getSlug(), false, model, request, response,
                (valid, ipHash) -> thanks(store(valid, organisation, ipHash, locale)));
    }

    /** The submitter's own proposal, back with the moderators' request for changes. */
    @GetMapping("/submissions/{token}/edit")
    String editAfterRequest(@PathVariable String token, Model model) {
        Submission submission = service.changesRequested(token);
        SubmissionForm form = SubmissionForm.of(submission.getProposal(), stamps.issue(), page.newFormToken())
                .withSubmitter(submission.getSubmitter());
        resubmitting(model, submission);
        return page.show(model, form, null);
    }

    @PostMapping("/submissions/{token}/edit")
    String resubmit(@PathVariable String token, @Valid @ModelAttribute(FORM) SubmissionForm form,
            BindingResult errors, @RequestParam(defaultValue = "submit") String action, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!service.awaitsChanges(token)) {
            // Sent already (a second click, a refresh): show where it stands.
            return "redirect:/submissions/" + token;
        }
        Submission submission = service.changesRequested(token);
        resubmitting(model, submission);
        return handle(form, errors, action, null, false, model, request, response, (valid, ipHash) -> {
            try {
                service.resubmit(token, valid);
                rateLimiter.recordSubmission(ipHash);
            } catch (OptimisticLockingFailureException | IllegalTransitionException sentTwiceAtOnce) {
                // The other request of a double click won; nothing is lost.
            }
            return "redirect:/submissions/" + token;
        });
    }

    private static void resubmitting(Model model, Submission submission) {
        model.addAttribute("formAction", "/submissions/" + submission.getTrackingToken() + "/edit");
        model.addAttribute("pageTitle", "submission.resubmit.title");
        model.addAttribute("pageIntro", "submission.resubmit.intro");
        model.addAttribute("requestedChanges", submission.getDecisionMessage());
    }

    private static String thanks(String trackingToken) {
        return "redirect:/submissions/" + trackingToken + "/thanks";
    }

    /** What to do with a form that passed every check: store it, and say where to go next. */
    @FunctionalInterface
    private interface ValidForm {
        String accept(SubmissionForm form, String ipHash);
    }

    private String handle(SubmissionForm form, BindingResult errors, String action, String slug,
            boolean checkDuplicates, Model model, HttpServletRequest request, HttpServletResponse response,
            ValidForm onValid) {
        if (form == null) {
            // Only a hand-made request can send values that do not even fit the form (a text as the logo).
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (form.url() != null) {
            log.warn("Honeypot field filled in a submission form; nothing stored");
            return "redirect:/submissions/received";
        }
        // The cheap checks (stamp, rate limit) come before anything is decoded or stored.
        FormStamp.Problem stampProblem = stamps.check(form.stamp());
        boolean genuineStamp = stampProblem != FormStamp.Problem.INVALID && stampProblem != FormStamp.Problem.EXPIRED;
        String stamp = genuineStamp ? form.stamp() : stamps.issue();
        String ipHash = ipHasher.hash(request.getRemoteAddr());
        Duration wait = rateLimiter.waitFor(ipHash);
        if (!wait.isZero() && action.equals("submit")) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
            errors.reject("submission.rateLimited", new Object[] {wait.toMinutes() + 1}, null);
            rejectUnkeptLogo(form, errors);
            return comeBack(model, form, stamp, keptLogo(form), slug);
        }
        String logoToken;
        try {
            logoToken = keepLogo(form, errors, genuineStamp && wait.isZero(), ipHash);
        } catch (LogoDecodersBusyException busy) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER,
                    Integer.toString(LogoDecodersBusyException.RETRY_AFTER_SECONDS));
            errors.rejectValue("logo", "logo.busy");
            return comeBack(model, form, stamp, keptLogo(form), slug);
        }

        if (!action.equals("submit")) {
            return page.show(model, editActivities(form, action).withState(stamp, logoToken, false), slug);
        }
        validator.validate(form, errors);
        if (stampProblem != null) {
            errors.reject(stampProblem.code);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return comeBack(model, form, stamp, logoToken, slug);
        }
        if (checkDuplicates && !form.isDuplicateWarningSeen()) {
            List<PossibleDuplicates.Match> matches = duplicates.of(form.name(), form.acronym(), form.countryCode());
            if (!matches.isEmpty()) {
                model.addAttribute("possibleDuplicates", matches);
                return page.showWithErrors(model, form.withState(stamp, logoToken, true), slug);
            }
        }
        SubmissionForm valid = form.withState(stamp, logoToken, true);
        // Stored under a key bound to this session: another visitor's token, replayed, finds nothing.
        return onValid.accept(valid.withFormToken(formTokens.bind(valid.formToken(), request.getSession())), ipHash);
    }

    /** The form as it was sent, with its errors, to fix and send again. */
    private String comeBack(Model model, SubmissionForm form, String stamp, String logoToken, String slug) {
        return page.showWithErrors(model, form.withState(stamp, logoToken, form.isDuplicateWarningSeen()), slug);
    }

    /** Stores the submission once per form token, whatever the number of clicks. */
    private String store(SubmissionForm form, Organisation changeOf, String ipHash, Locale locale) {
        var existing = service.trackingTokenOfForm(form.formToken());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            String token = service.submit(form, changeOf, ipHash, locale);
            rateLimiter.recordSubmission(ipHash);
            return token;
        } catch (DataIntegrityViolationException sameFormAtTheSameTime) {
            return service.trackingTokenOfForm(form.formToken()).orElseThrow(() -> sameFormAtTheSameTime);
        }
    }

    /**
     * A new upload replaces the kept one; a bad one is reported and the kept one stays. An upload is decoded and
     * stored only for a form with a genuine stamp from an address within its limits (submissions, and logo
     * uploads an hour); otherwise the submitter is asked to choose the file again.
     */
    private String keepLogo(SubmissionForm form, BindingResult errors, boolean mayStore, String ipHash) {
        String kept = keptLogo(form);
        if (!hasUpload(form)) {
            return kept;
        }
        if (!mayStore) {
            rejectUnkeptLogo(form, errors);
            return kept;
        }
        Duration uploadWait = rateLimiter.waitForLogoUpload(ipHash);
        if (!uploadWait.isZero()) {
            errors.rejectValue("logo", "logo.uploadLimit", new Object[] {uploadWait.toMinutes() + 1}, null);
            return kept;
        }
        try {
            // Checked before any of the upload is read.
            LogoProcessor.requireAtMostMaxBytes(form.logo().getSize());
            return page.storeLogo(processCounted(form, ipHash));
        } catch (InvalidLogoException e) {
            errors.rejectValue("logo", e.getCode(), e.getArguments(), e.getMessage());
            return kept;
        } catch (IOException e) {
            errors.rejectValue("logo", "logo.unreadable");
            return kept;
        }
    }

    /**
     * An upload that was read counts against the address's hourly allowance, whatever came of it; one turned
     * away because every decoder was busy does not, since the visitor is asked to send it again.
     */
    private ProcessedLogo processCounted(SubmissionForm form, String ipHash) throws IOException {
        try (InputStream upload = form.logo().getInputStream()) {
            ProcessedLogo logo = logoProcessor.process(upload, form.logo().getSize());
            rateLimiter.recordLogoUpload(ipHash);
            return logo;
        } catch (InvalidLogoException | IOException refused) {
            rateLimiter.recordLogoUpload(ipHash);
            throw refused;
        }
    }

    private String keptLogo(SubmissionForm form) {
        return form.logoToken() != null && logoUploads.existsById(form.logoToken()) ? form.logoToken() : null;
    }

    private static boolean hasUpload(SubmissionForm form) {
        return form.logo() != null && !form.logo().isEmpty();
    }

    private static void rejectUnkeptLogo(SubmissionForm form, BindingResult errors) {
        if (hasUpload(form)) {
            errors.rejectValue("logo", "logo.notKept");
        }
    }

    /** "addActivity" appends an empty row; "removeActivity:3" removes the fourth. */
    private static SubmissionForm editActivities(SubmissionForm form, String action) {
        List<ActivityForm> rows = new ArrayList<>(form.activities());
        if (action.equals("addActivity") && rows.size() < SubmissionForm.MAX_ACTIVITIES) {
            rows.add(ActivityForm.empty());
        } else if (action.startsWith("removeActivity:")) {
            int index = parseIndex(action.substring("removeActivity:".length()));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        }
        return form.withActivities(rows);
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
