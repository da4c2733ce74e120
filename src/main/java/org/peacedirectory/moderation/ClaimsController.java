package org.peacedirectory.moderation;

import java.util.List;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.claim.ClaimStatus;
import org.peacedirectory.claim.IllegalClaimTransitionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/claims}: the claims of profiles the claimants confirmed, to accept or reject, and the
 * accepted ones, which can be revoked (each a POST, then back to the list).
 */
@Controller
class ClaimsController {

    private final ClaimDecisions decisions;

    ClaimsController(ClaimDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/moderation/claims")
    String claims(Model model) {
        model.addAttribute("toDecide", decisions.list(List.of(ClaimStatus.CONFIRMED)));
        model.addAttribute("accepted", decisions.list(List.of(ClaimStatus.ACCEPTED)));
        return "moderation/claims";
    }

    @PostMapping("/moderation/claims/{id}/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        return decide(() -> decisions.accept(id, me), "claim.flash.accepted", redirect);
    }

    @PostMapping("/moderation/claims/{id}/reject")
    String reject(@PathVariable long id, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        return decide(() -> decisions.reject(id, me), "claim.flash.rejected", redirect);
    }

    @PostMapping("/moderation/claims/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        return decide(() -> decisions.revoke(id, me), "claim.flash.revoked", redirect);
    }

    private static String decide(Runnable decision, String done, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", done);
        } catch (IllegalClaimTransitionException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flash", "claim.flash.alreadyDecided");
        }
        return "redirect:/moderation/claims";
    }
}
