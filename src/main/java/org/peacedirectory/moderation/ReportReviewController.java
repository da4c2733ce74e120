package org.peacedirectory.moderation;

import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.Account;
import org.peacedirectory.account.Accounts;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.PublicationStatus;
import org.peacedirectory.report.IllegalReportTransitionException;
import org.peacedirectory.report.ProblemReport;
import org.peacedirectory.report.ProblemReports;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reader's report of a problem, as a moderator opens it from the queue: the reason, what the reader
 * wrote, the profile it concerns, and the two decisions, resolve or dismiss, each with a note. Every
 * decision is a POST that carries the version the moderator saw; if another moderator decided in between,
 * a 409 page says who did what, with the note they had typed. A note longer than its limit is refused
 * (422), the page shown again with it whole.
 */
@Controller
class ReportReviewController {

    static final int MAX_NOTE = 2000;

    private static final String NOTE_FORM = "decisionNote";

    private final ProblemReports reports;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ReportDecisions decisions;
    private final ModerationLogEntries logEntries;

    ReportReviewController(
            ProblemReports reports,
            Organisations organisations,
            Accounts accounts,
            ReportDecisions decisions,
            ModerationLogEntries logEntries) {
        this.reports = reports;
        this.organisations = organisations;
        this.accounts = accounts;
        this.decisions = decisions;
        this.logEntries = logEntries;
    }

    /** The note a moderator writes with a decision, as the form sends it. */
    record DecisionNote(@Nullable String note) {}

    @GetMapping("/moderation/reports/{id}")
    String report(@PathVariable long id, Model model) {
        return page(load(id), model);
    }

    @PostMapping("/moderation/reports/{id}/resolve")
    ModelAndView resolve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return decide(id, version, note, me, model, redirect, true);
    }

    @PostMapping("/moderation/reports/{id}/dismiss")
    ModelAndView dismiss(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return decide(id, version, note, me, model, redirect, false);
    }

    private ModelAndView decide(
            long id,
            long version,
            @Nullable String note,
            ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect,
            boolean resolve) {
        String typed = note == null ? "" : note.strip();
        if (typed.isEmpty()) {
            redirect.addFlashAttribute("flash", "moderation.report.flash.noteRequired");
            return new ModelAndView("redirect:/moderation/reports/" + id);
        }
        if (typed.length() > MAX_NOTE) {
            return tooLong(id, version, typed, model);
        }
        try {
            if (resolve) {
                decisions.resolve(id, version, typed, me);
            } else {
                decisions.dismiss(id, version, typed, me);
            }
        } catch (ConflictException | OptimisticLockingFailureException | IllegalReportTransitionException e) {
            return conflict(id, typed);
        }
        redirect.addFlashAttribute(
                "flash", resolve ? "moderation.report.flash.resolved" : "moderation.report.flash.dismissed");
        return new ModelAndView("redirect:/moderation/reports/" + id);
    }

    /**
     * A note over the limit: the page again (422) with the note whole and the error by it; nothing decided.
     * If someone decided in between, the page would no longer have the form: the 409 page then, which keeps
     * the note too.
     */
    private ModelAndView tooLong(long id, long version, String typed, Model model) {
        ProblemReport report = load(id);
        if (report.getVersion() != version) {
            return conflict(id, typed);
        }
        TooLongText.refuse(model, NOTE_FORM, new DecisionNote(typed), "note", typed, MAX_NOTE);
        return new ModelAndView(page(report, model), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private String page(ProblemReport report, Model model) {
        Organisation organisation =
                organisations.findById(report.getOrganisationId()).orElseThrow();
        model.addAttribute("report", report);
        model.addAttribute("organisationName", organisation.getName());
        model.addAttribute("organisationId", organisation.getId());
        model.addAttribute(
                "publicSlug",
                organisation.getPublicationStatus() == PublicationStatus.PUBLISHED ? organisation.getSlug() : null);
        model.addAttribute("decidedByName", nameOf(report.getDecidedBy()));
        model.addAttribute("maxNote", MAX_NOTE);
        if (!model.containsAttribute(NOTE_FORM)) {
            model.addAttribute(NOTE_FORM, new DecisionNote(null));
        }
        return "moderation/report";
    }

    private ProblemReport load(long id) {
        return reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
    }

    /** The 409 page: who did what to the profile in between, and the note the moderator had typed. */
    private ModelAndView conflict(long id, String typed) {
        ModelAndView page = new ModelAndView("moderation/conflict", HttpStatus.CONFLICT);
        // Only the profile's latest line is shown: read that one, not the profile's whole log.
        page.addObject(
                "latest",
                reports.findById(id)
                        .flatMap(report ->
                                logEntries.findFirstByOrganisationIdOrderByAtDescIdDesc(report.getOrganisationId()))
                        .orElse(null));
        page.addObject("typed", typed);
        page.addObject("reloadPath", "/moderation/reports/" + id);
        return page;
    }

    private @Nullable String nameOf(@Nullable Long accountId) {
        return accountId == null
                ? null
                : accounts.findById(accountId).map(Account::getDisplayName).orElse(null);
    }
}
