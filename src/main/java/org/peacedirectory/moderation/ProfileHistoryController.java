package org.peacedirectory.moderation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacedirectory.account.Account;
import org.peacedirectory.account.Accounts;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.organisation.IllegalVerificationTransitionException;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.OrganisationRevisions;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.RevisionSummary;
import org.peacedirectory.organisation.VerificationLevel;
import org.peacedirectory.organisation.VerificationPolicy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A published profile as moderators see it: its revisions (who approved what, when), its verification (level,
 * when, by whom, whether it is old) with the moves its level allows, rollback.
 */
@Controller
class ProfileHistoryController {

    private final Organisations organisations;
    private final OrganisationRevisions revisions;
    private final ModerationLogEntries logEntries;
    private final ProfileModeration moderation;
    private final Accounts accounts;
    private final VerificationPolicy policy;

    ProfileHistoryController(
            Organisations organisations,
            OrganisationRevisions revisions,
            ModerationLogEntries logEntries,
            ProfileModeration moderation,
            Accounts accounts,
            VerificationPolicy policy) {
        this.organisations = organisations;
        this.revisions = revisions;
        this.logEntries = logEntries;
        this.moderation = moderation;
        this.accounts = accounts;
        this.policy = policy;
    }

    @GetMapping("/moderation/organisations/{id}")
    @Transactional(readOnly = true)
    String history(@PathVariable long id, Model model) {
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new OrganisationNotFoundException("#" + id));
        List<RevisionSummary> list = revisions.summariesOf(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("revisions", list);
        model.addAttribute("approvers", names(list));
        model.addAttribute("log", logEntries.findByOrganisationIdOrderByAtDescIdDesc(id));
        Long verifiedBy = organisation.getVerifiedBy();
        model.addAttribute(
                "verifiedBy",
                verifiedBy == null
                        ? null
                        : accounts.findById(verifiedBy)
                                .map(Account::getDisplayName)
                                .orElse(null));
        model.addAttribute(
                "verificationOld", policy.isOld(organisation.getVerificationLevel(), organisation.getVerifiedAt()));
        model.addAttribute(
                "verificationMoves",
                Stream.of(VerificationMove.values())
                        .filter(VerificationMove::onHistoryPage)
                        .filter(move -> allowed(move, organisation.getVerificationLevel()))
                        .toList());
        return "moderation/history";
    }

    @PostMapping("/moderation/organisations/{id}/verification")
    String verification(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam VerificationMove move,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        if (!move.onHistoryPage()) {
            redirect.addFlashAttribute("flash", "moderation.flash.verificationRefused");
            return "redirect:/moderation/organisations/" + id;
        }
        return act(id, redirect, "moderation.flash.verification", () -> moderation.verification(id, version, move, me));
    }

    @PostMapping("/moderation/organisations/{id}/rollback")
    String rollBack(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam int revision,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        return act(id, redirect, "moderation.flash.rolledBack", () -> moderation.rollBack(id, version, revision, me));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flash", "moderation.flash.profileChanged");
        } catch (IllegalVerificationTransitionException e) {
            redirect.addFlashAttribute("flash", "moderation.flash.verificationRefused");
        }
        return "redirect:/moderation/organisations/" + id;
    }

    /** Whether the page offers a move to a profile at that level (the organisation guards it again). */
    private static boolean allowed(VerificationMove move, VerificationLevel level) {
        return switch (move) {
            case CONFIRM_EXISTENCE -> !level.confirmed();
            case REVERIFY, WITHDRAW -> level.confirmed();
            case CONFIRM_BY_ORGANISATION -> false;
        };
    }

    private Map<Long, String> names(List<RevisionSummary> list) {
        List<Long> ids = list.stream()
                .map(RevisionSummary::approvedBy)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }
}
