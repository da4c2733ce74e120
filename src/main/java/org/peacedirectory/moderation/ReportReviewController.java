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
 * a 409 page says who did what, with the note they had typed.
 */
@Controller
class ReportReviewController {

    static final int MAX_NOTE = 2000;

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

    @GetMapping("/moderation/reports/{id}")
    String report(@PathVariable long id, Model model) {
        ProblemReport report = reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
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
        return "moderation/report";
    }

    @PostMapping("/moderation/reports/{id}/resolve")
    ModelAndView resolve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return decide(id, version, note, me, redirect, true);
    }

    @PostMapping("/moderation/reports/{id}/dismiss")
    ModelAndView dismiss(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return decide(id, version, note, me, redirect, false);
    }

    private ModelAndView decide(
            long id,
            long version,
            @Nullable String note,
            ModeratorPrincipal me,
            RedirectAttributes redirect,
            boolean resolve) {
        String typed = note == null ? "" : note.strip();
        if (typed.isEmpty()) {
            redirect.addFlashAttribute("flash", "moderation.report.flash.noteRequired");
            return new ModelAndView("redirect:/moderation/reports/" + id);
        }
        String kept = typed.length() > MAX_NOTE ? typed.substring(0, MAX_NOTE) : typed;
        try {
            if (resolve) {
                decisions.resolve(id, version, kept, me);
            } else {
                decisions.dismiss(id, version, kept, me);
            }
        } catch (ConflictException | OptimisticLockingFailureException | IllegalReportTransitionException e) {
            return conflict(id, kept);
        }
        redirect.addFlashAttribute(
                "flash", resolve ? "moderation.report.flash.resolved" : "moderation.report.flash.dismissed");
        return new ModelAndView("redirect:/moderation/reports/" + id);
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
