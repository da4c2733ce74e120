package org.peacedirectory.moderation;

import java.util.List;
import java.util.Locale;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.ProfileSafety;
import org.peacedirectory.report.ReportQueue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue: pending submissions oldest first, and the other tabs, with their counts. Readers'
 * open reports of problems come before everything else on the pending tab, urgent safety reports first, then
 * the organisations' requests to make public again what they hid (each decided on the profile's safety page).
 */
@Controller
class QueueController {

    private final Queue queue;
    private final ReportQueue reports;
    private final ProfileSafety safety;

    QueueController(Queue queue, ReportQueue reports, ProfileSafety safety) {
        this.queue = queue;
        this.reports = reports;
        this.safety = safety;
    }

    @GetMapping("/moderation")
    String queue(
            @RequestParam(defaultValue = "pending") String tab,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model) {
        Queue.Tab current = parse(tab);
        model.addAttribute("tabs", List.of(Queue.Tab.values()));
        model.addAttribute("current", current);
        Queue.Counts counts = queue.counts(me.getAccountId());
        model.addAttribute("counts", counts.tabs());
        model.addAttribute("rows", queue.rows(current, me.getAccountId()));
        model.addAttribute("me", me.getAccountId());
        if (current == Queue.Tab.PENDING) {
            // Each list is read only when the counts say it has something to show.
            model.addAttribute("reports", counts.openReports() > 0 ? reports.open() : List.of());
            model.addAttribute("openReports", counts.openReports());
            model.addAttribute("showingRequests", counts.showingRequests() > 0 ? safety.waitingShowings() : List.of());
        }
        model.addAttribute("claimsToDecide", counts.claimsToDecide());
        return "moderation/queue";
    }

    private static Queue.Tab parse(String tab) {
        try {
            return Queue.Tab.valueOf(tab.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return Queue.Tab.PENDING;
        }
    }
}
