package org.peacedirectory.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.OrganisationPrincipal;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.submission.SubmissionIntake.Edited;
import org.peacedirectory.submission.SubmissionIntake.Outcome;
import org.peacedirectory.submission.SubmissionIntake.PossiblyListed;
import org.peacedirectory.submission.SubmissionIntake.Purpose;
import org.peacedirectory.submission.SubmissionIntake.Refused;
import org.peacedirectory.submission.SubmissionIntake.Stored;
import org.peacedirectory.submission.SubmissionIntake.Trapped;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * {@code /organisations/{slug}/suggest-edit}, a resubmission at {@code /submissions/{token}/edit}. It binds
 * the form and hands it to {@link SubmissionIntake}, then shows what came of it. Whatever happens,
 * everything typed comes back; a stored submission redirects to its thank-you page (POST-redirect-GET).
 */
@Controller
class SubmissionController {

    static final String FORM = "submissionForm";

    private final SubmissionIntake intake;
    private final SubmissionService service;
    private final SubmissionFormPage page;
    private final FormStamp stamps;
    private final LiveProfiles liveProfiles;
    private final Organisations organisations;

    SubmissionController(
            SubmissionIntake intake,
            SubmissionService service,
            SubmissionFormPage page,
            FormStamp stamps,
            LiveProfiles liveProfiles,
            Organisations organisations) {
        this.intake = intake;
        this.service = service;
        this.page = page;
        this.stamps = stamps;
        this.liveProfiles = liveProfiles;
        this.organisations = organisations;
    }

    @GetMapping("/submit")
    String newOrganisation(Locale locale, Model model) {
        SubmissionForm form = SubmissionForm.blank(locale.getLanguage(), stamps.issue(), page.newFormToken());
        return page.show(model, form, null);
    }

    @GetMapping("/organisations/{slug}/suggest-edit")
    String suggestEdit(@PathVariable String slug, @AuthenticationPrincipal @Nullable Object signedIn, Model model) {
        ProfileContent live = liveProfiles.bySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
        // The notice only (no statement more for readers); the POST checks the organisation itself.
        fromOrganisationNotice(
                model,
                signedIn instanceof OrganisationPrincipal user
                        && user.getOrganisationSlug().equals(slug));
        return page.show(model, SubmissionForm.of(live, stamps.issue(), page.newFormToken()), slug);
    }

    @PostMapping("/submit")
    String submitNewOrganisation(
            @Valid @ModelAttribute(FORM) @Nullable SubmissionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = SubmissionIntake.SUBMIT) String action,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return receive(form, errors, Purpose.newOrganisation(), action, model, request, response);
    }

    @PostMapping("/organisations/{slug}/suggest-edit")
    String submitChange(
            @PathVariable String slug,
            @Valid @ModelAttribute(FORM) @Nullable SubmissionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = SubmissionIntake.SUBMIT) String action,
            @AuthenticationPrincipal @Nullable Object signedIn,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Organisation organisation =
                organisations.findPublishedBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
        boolean fromOrganisation = fromTheOrganisation(signedIn, organisation);
        fromOrganisationNotice(model, fromOrganisation);
        return receive(form, errors, Purpose.change(organisation, fromOrganisation), action, model, request, response);
    }

    // Claimed profiles (issue 17, item 2): what the organisation proposes, signed in, is marked as its own.

    /** Whether the one signed in is the organisation itself (its claim accepted, checked on every request). */
    private static boolean fromTheOrganisation(@Nullable Object signedIn, Organisation organisation) {
        return signedIn instanceof OrganisationPrincipal user && user.manages(organisation.getId());
    }

    private static void fromOrganisationNotice(Model model, boolean fromOrganisation) {
        if (fromOrganisation) {
            model.addAttribute("fromOrganisation", true);
        }
    }

    /** The submitter's own proposal, back with the moderators' request for changes. */
    @GetMapping("/submissions/{token}/edit")
    String editAfterRequest(@PathVariable String token, Model model) {
        Submission submission = service.changesRequested(token);
        SubmissionForm form = SubmissionForm.of(submission, stamps.issue(), page.newFormToken());
        resubmitting(model, submission);
        return page.show(model, form, null);
    }

    @PostMapping("/submissions/{token}/edit")
    String resubmit(
            @PathVariable String token,
            @Valid @ModelAttribute(FORM) @Nullable SubmissionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = SubmissionIntake.SUBMIT) String action,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Submission> awaiting = service.awaitingChanges(token);
        if (awaiting.isEmpty()) {
            // Sent already (a second click, a refresh): show where it stands.
            return "redirect:/submissions/" + token;
        }
        resubmitting(model, awaiting.get());
        return receive(form, errors, Purpose.resubmission(token), action, model, request, response);
    }

    private static void resubmitting(Model model, Submission submission) {
        model.addAttribute("formAction", "/submissions/" + submission.getTrackingToken() + "/edit");
        model.addAttribute("pageTitle", "submission.resubmit.title");
        model.addAttribute("pageIntro", "submission.resubmit.intro");
        model.addAttribute("requestedChanges", submission.getDecision().message());
    }

    private String receive(
            @Nullable SubmissionForm form,
            BindingResult errors,
            Purpose purpose,
            String action,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form == null) {
            // Only a hand-made request can send values that do not even fit the form (a text as the logo).
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return show(intake.receive(form, errors, purpose, action, request), purpose, model, response);
    }

    private String show(Outcome outcome, Purpose purpose, Model model, HttpServletResponse response) {
        String slug = purpose.changeOfSlug();
        if (outcome instanceof Stored stored) {
            String submission = "redirect:/submissions/" + stored.trackingToken();
            return purpose.resubmissionToken() == null ? submission + "/thanks" : submission;
        }
        if (outcome instanceof Edited edited) {
            return page.show(model, edited.form(), slug);
        }
        if (outcome instanceof PossiblyListed listed) {
            model.addAttribute("possibleDuplicates", listed.matches());
            return page.showWithErrors(model, listed.form(), slug);
        }
        if (outcome instanceof Refused refused) {
            response.setStatus(refused.status().value());
            if (refused.retryAfter() != null) {
                response.setHeader(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(refused.retryAfter().toSeconds()));
            }
            return page.showWithErrors(model, refused.form(), slug);
        }
        if (outcome instanceof Trapped) {
            return "redirect:/submissions/received"; // the robot is told that its form arrived
        }
        throw new IllegalStateException("An outcome this page does not show: " + outcome);
    }
}
