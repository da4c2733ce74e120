package org.peacedirectory.moderation;

import java.util.List;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.IllegalVerificationTransitionException;
import org.peacedirectory.organisation.VerificationPolicy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/recheck}: the profiles whose verification is old, oldest first, each with a button
 * that verifies it again once the moderator has checked it (POST, then back to the list).
 */
@Controller
class RecheckController {

    private final RecheckList list;
    private final ProfileModeration moderation;
    private final VerificationPolicy policy;

    RecheckController(RecheckList list, ProfileModeration moderation, VerificationPolicy policy) {
        this.list = list;
        this.moderation = moderation;
        this.policy = policy;
    }

    @GetMapping("/moderation/recheck")
    String recheck(Model model) {
        List<RecheckList.Row> rows = list.oldestFirst();
        model.addAttribute("rows", rows);
        model.addAttribute("total", rows.isEmpty() ? 0 : rows.get(0).total());
        model.addAttribute("limit", RecheckList.LIMIT);
        model.addAttribute("validForMonths", policy.validForMonths());
        model.addAttribute("validFor", policy.validFor().toString());
        return "moderation/recheck";
    }

    @PostMapping("/moderation/recheck/{id}")
    String reverify(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        try {
            moderation.reverify(id, version, me);
            redirect.addFlashAttribute("flash", "moderation.flash.reverified");
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flash", "moderation.flash.profileChanged");
        } catch (IllegalVerificationTransitionException e) {
            redirect.addFlashAttribute("flash", "moderation.flash.verificationRefused");
        }
        return "redirect:/moderation/recheck";
    }
}
