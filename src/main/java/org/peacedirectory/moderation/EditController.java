package org.peacedirectory.moderation;

import jakarta.validation.Valid;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.submission.IllegalTransitionException;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionForm;
import org.peacedirectory.submission.SubmissionReview;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderators edit a proposal in the same form the public uses; each save is a new revision. */
@Controller
class EditController {

    private final SubmissionReview submissions;
    private final Decisions decisions;
    private final ModerationLogEntries logEntries;

    EditController(SubmissionReview submissions, Decisions decisions, ModerationLogEntries logEntries) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.logEntries = logEntries;
    }

    @GetMapping("/moderation/submissions/{id}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, Model model) {
        Submission submission = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        SubmissionForm form = submissions.formFor(submission);
        editing(model, submission.getId(), submission.getVersion());
        return submissions.showForm(model, form);
    }

    @PostMapping("/moderation/submissions/{id}/edit")
    ModelAndView save(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("submissionForm") SubmissionForm form,
            BindingResult errors,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        submissions.validate(form, errors);
        editing(model, id, version);
        if (errors.hasErrors()) {
            return new ModelAndView(submissions.showFormWithErrors(model, form), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            decisions.edit(id, version, form.toProposal(), me);
        } catch (ConflictException | OptimisticLockingFailureException | IllegalTransitionException e) {
            model.addAttribute(
                    "conflictWith",
                    logEntries.findFirstBySubmissionIdOrderByAtDescIdDesc(id).orElse(null));
            return new ModelAndView(submissions.showFormWithErrors(model, form), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("flash", "moderation.flash.edited");
        return new ModelAndView("redirect:/moderation/submissions/" + id);
    }

    private static void editing(Model model, long id, long version) {
        model.addAttribute("moderatorEdit", true);
        model.addAttribute("version", version);
        model.addAttribute("formAction", "/moderation/submissions/" + id + "/edit");
        model.addAttribute("pageTitle", "moderation.edit.title");
        model.addAttribute("pageIntro", "moderation.edit.intro");
    }
}
