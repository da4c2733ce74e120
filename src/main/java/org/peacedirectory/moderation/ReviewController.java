package org.peacedirectory.moderation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.Account;
import org.peacedirectory.account.Accounts;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.organisation.OrganisationRevision;
import org.peacedirectory.organisation.OrganisationRevisions;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.IllegalTransitionException;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionKind;
import org.peacedirectory.submission.SubmissionReview;
import org.peacedirectory.submission.SubmissionStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page of one submission and the decisions taken on it. Every decision is a POST that
 * carries the version the moderator saw; if someone acted in between, they get a 409 page that says
 * who did what, with what they typed.
 */
@Controller
class ReviewController {

    private static final int MAX_MESSAGE = 4000;

    private final SubmissionReview submissions;
    private final ModerationLogEntries logEntries;
    private final Decisions decisions;
    private final OrganisationDirectory directory;
    private final Accounts accounts;
    private final OrganisationRevisions revisions;
    private final DiffNames names;

    ReviewController(
            SubmissionReview submissions,
            ModerationLogEntries logEntries,
            Decisions decisions,
            OrganisationDirectory directory,
            Accounts accounts,
            OrganisationRevisions revisions,
            DiffNames names) {
        this.submissions = submissions;
        this.logEntries = logEntries;
        this.decisions = decisions;
        this.directory = directory;
        this.accounts = accounts;
        this.revisions = revisions;
        this.names = names;
    }

    @GetMapping("/moderation/submissions/{id}")
    @Transactional(readOnly = true)
    String review(@PathVariable long id, Locale locale, Model model) {
        Submission submission = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        ProfileContent proposal = submission.getProposal();
        model.addAttribute("submission", submission);
        model.addAttribute("claimedByName", nameOf(submission.getClaimedById()));
        model.addAttribute("decidedByName", nameOf(submission.getDecision().moderatorId()));
        model.addAttribute("preview", directory.preview(proposal, locale));
        if (submission.getKind() == SubmissionKind.CHANGE) {
            Organisation live =
                    Objects.requireNonNull(submission.getOrganisation(), "a change is for a published profile");
            model.addAttribute("liveSlug", live.getSlug());
            model.addAttribute("liveName", live.getName());
            model.addAttribute(
                    "changes",
                    ProfileDiff.between(
                            baseOf(submission, live),
                            proposal,
                            names.in(locale),
                            live.getSafety().hiddenFromPublic()));
        } else {
            model.addAttribute("possibleDuplicates", submissions.possibleDuplicatesOf(proposal));
        }
        model.addAttribute("history", logEntries.findBySubmissionIdOrderByAtAscIdAsc(id));
        model.addAttribute("revisions", submissions.revisionsOf(id));
        model.addAttribute("reasons", List.of(DecisionReason.values()));
        model.addAttribute("verificationChoices", List.of(VerificationChoice.values()));
        return "moderation/review";
    }

    @PostMapping("/moderation/submissions/{id}/claim")
    ModelAndView claim(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return decide(id, null, redirect, "moderation.flash.claimed", () -> decisions.claim(id, version, me));
    }

    @PostMapping("/moderation/submissions/{id}/approve")
    ModelAndView approve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "KEEP") VerificationChoice verification,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return decide(
                id,
                null,
                redirect,
                "moderation.flash.approved",
                () -> decisions.approve(id, version, verification, me));
    }

    /** A rejection's reason (one of the list) and the message to the submitter, if any. */
    record Rejection(
            @NotNull DecisionReason reason, @Nullable String message) {}

    @PostMapping("/moderation/submissions/{id}/reject")
    ModelAndView reject(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute Rejection rejection,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        String typed = limit(rejection.message());
        return decide(
                id,
                typed,
                redirect,
                "moderation.flash.rejected",
                () -> decisions.reject(id, version, rejection.reason(), typed, me));
    }

    @PostMapping("/moderation/submissions/{id}/request-changes")
    ModelAndView requestChanges(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String message,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        String typed = limit(message);
        if (typed == null) {
            redirect.addFlashAttribute("flash", "moderation.flash.messageRequired");
            return new ModelAndView("redirect:/moderation/submissions/" + id);
        }
        return decide(
                id,
                typed,
                redirect,
                "moderation.flash.changesRequested",
                () -> decisions.requestChanges(id, version, typed, me));
    }

    @PostMapping("/moderation/submissions/{id}/spam")
    ModelAndView spam(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return decide(id, null, redirect, "moderation.flash.spam", () -> decisions.markAsSpam(id, version, me));
    }

    /** Runs a decision; on a conflict, shows who did what instead, with the moderator's own text kept. */
    private ModelAndView decide(
            long id, @Nullable String typed, RedirectAttributes redirect, String doneMessage, Runnable decision) {
        try {
            decision.run();
        } catch (ConflictException
                | OptimisticLockingFailureException
                | IllegalTransitionException
                | DataIntegrityViolationException e) {
            return conflict(id, typed);
        }
        redirect.addFlashAttribute("flash", doneMessage);
        return new ModelAndView("redirect:/moderation/submissions/" + id);
    }

    /** The 409 page: who did what in between, and the text the moderator had typed. */
    ModelAndView conflict(long id, @Nullable String typed) {
        ModelAndView page = new ModelAndView("moderation/conflict", HttpStatus.CONFLICT);
        page.addObject("submissionId", id);
        page.addObject(
                "latest",
                logEntries.findFirstBySubmissionIdOrderByAtDescIdDesc(id).orElse(null));
        page.addObject("typed", typed);
        return page;
    }

    /**
     * The profile a change is compared with: the live one while the change waits; once decided, the
     * profile as it was then, from its revisions (every published state is kept), so that the review
     * still shows what was proposed against what there was. An approved change's base is the revision
     * before the one it made; a rejected one's, the revision in force when it was rejected.
     */
    private ProfileContent baseOf(Submission submission, Organisation live) {
        SubmissionStatus status = submission.getStatus();
        Instant decidedAt = submission.getDecision().at();
        if (status == SubmissionStatus.PENDING || status == SubmissionStatus.CHANGES_REQUESTED || decidedAt == null) {
            return live.content();
        }
        // Only the one revision compared with is read, not the profile's every snapshot.
        Optional<OrganisationRevision> base = status == SubmissionStatus.APPROVED
                ? revisions.findBeforeTheOneMadeBy(live.getId(), submission.getId())
                : revisions
                        .findFirstByOrganisationIdAndCreatedAtLessThanEqualOrderByNumberDesc(live.getId(), decidedAt)
                        // Before its first change a profile's original is kept with its last update's time.
                        .or(() -> revisions.findFirstByOrganisationIdOrderByNumberAsc(live.getId()));
        return base.map(OrganisationRevision::getSnapshot).orElseGet(live::content);
    }

    private @Nullable String nameOf(@Nullable Long accountId) {
        return accountId == null
                ? null
                : accounts.findById(accountId).map(Account::getDisplayName).orElse(null);
    }

    private static @Nullable String limit(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String trimmed = message.strip();
        return trimmed.length() > MAX_MESSAGE ? trimmed.substring(0, MAX_MESSAGE) : trimmed;
    }
}
