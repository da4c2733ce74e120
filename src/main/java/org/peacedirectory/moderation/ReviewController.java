package org.peacedirectory.moderation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.IllegalTransitionException;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionReview;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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
 * who did what, with what they typed. A message longer than its limit is refused (422), the page shown
 * again with it whole.
 */
@Controller
class ReviewController {

    private final SubmissionReview submissions;
    private final ModerationLogEntries logEntries;
    private final Decisions decisions;
    private final ReviewPage page;

    ReviewController(
            SubmissionReview submissions, ModerationLogEntries logEntries, Decisions decisions, ReviewPage page) {
        this.submissions = submissions;
        this.logEntries = logEntries;
        this.decisions = decisions;
        this.page = page;
    }

    @GetMapping("/moderation/submissions/{id}")
    String review(@PathVariable long id, Model model) {
        return page.show(id, model);
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

    /**
     * A rejection's reason (one of the list: null only in the blank form, refused by validation) and the
     * message to the submitter, if any.
     */
    record Rejection(
            @NotNull @Nullable DecisionReason reason,
            @Nullable String message) {}

    /** What should change, for the submitter. */
    record ChangesRequest(@Nullable String message) {}

    @PostMapping("/moderation/submissions/{id}/reject")
    ModelAndView reject(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute(ReviewPage.REJECTION_FORM) Rejection rejection,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        String typed = given(rejection.message());
        if (typed != null && typed.length() > ReviewPage.MAX_MESSAGE) {
            return tooLong(
                    id, version, typed, model, ReviewPage.REJECTION_FORM, new Rejection(rejection.reason(), typed));
        }
        DecisionReason reason = Objects.requireNonNull(rejection.reason(), "checked by @NotNull");
        return decide(
                id,
                typed,
                redirect,
                "moderation.flash.rejected",
                () -> decisions.reject(id, version, reason, typed, me));
    }

    @PostMapping("/moderation/submissions/{id}/request-changes")
    ModelAndView requestChanges(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String message,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        String typed = given(message);
        if (typed == null) {
            redirect.addFlashAttribute("flash", "moderation.flash.messageRequired");
            return new ModelAndView("redirect:/moderation/submissions/" + id);
        }
        if (typed.length() > ReviewPage.MAX_MESSAGE) {
            return tooLong(id, version, typed, model, ReviewPage.CHANGES_FORM, new ChangesRequest(typed));
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

    /**
     * A message over the limit: the page again (422) with the form as sent and the error by its field;
     * nothing decided. If someone acted in between, the page would no longer have the form: the 409 page
     * then, which keeps the text too.
     */
    private ModelAndView tooLong(long id, long version, String typed, Model model, String formName, Object form) {
        Submission submission = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        if (submission.getVersion() != version) {
            return conflict(id, typed);
        }
        TooLongText.refuse(model, formName, form, "message", typed, ReviewPage.MAX_MESSAGE);
        return new ModelAndView(page.show(id, model), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** The 409 page: who did what in between, and the text the moderator had typed. */
    ModelAndView conflict(long id, @Nullable String typed) {
        ModelAndView answer = new ModelAndView("moderation/conflict", HttpStatus.CONFLICT);
        answer.addObject("submissionId", id);
        answer.addObject(
                "latest",
                logEntries.findFirstBySubmissionIdOrderByAtDescIdDesc(id).orElse(null));
        answer.addObject("typed", typed);
        return answer;
    }

    /** The text as typed, without surrounding white space; null when there is none. */
    private static @Nullable String given(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
