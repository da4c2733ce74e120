package org.peacedirectory.moderation;

import jakarta.validation.Valid;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.ProfileSafety;
import org.peacedirectory.organisation.SafetyActor;
import org.peacedirectory.organisation.SafetySettingsForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/organisations/{id}/safety}: a moderator sets what of a published profile the public may
 * see ({@link ProfileSafety}); their change takes effect at once, showing again included, and is logged. The
 * organisation's requests to show something again are approved or refused here.
 */
@Controller
class ProfileSafetyController {

    private final Organisations organisations;
    private final ProfileSafety safety;

    ProfileSafetyController(Organisations organisations, ProfileSafety safety) {
        this.organisations = organisations;
        this.safety = safety;
    }

    @GetMapping("/moderation/organisations/{id}/safety")
    String form(@PathVariable long id, Model model) {
        ProfileSafety.ProfileSettings settings = safety.settings(slug(id));
        model.addAttribute("safetyForm", SafetySettingsForm.of(settings.settings()));
        return page(model, settings);
    }

    @PostMapping("/moderation/organisations/{id}/safety")
    ModelAndView change(
            @PathVariable long id,
            @Valid @ModelAttribute("safetyForm") SafetySettingsForm form,
            BindingResult errors,
            @AuthenticationPrincipal ModeratorPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        String slug = slug(id);
        if (errors.hasErrors()) {
            return new ModelAndView(page(model, safety.settings(slug)), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        ProfileSafety.Outcome outcome = safety.change(slug, form.toSettings(), SafetyActor.moderator(me.asLogActor()));
        redirect.addFlashAttribute("flash", "safety.flash." + outcome);
        return new ModelAndView("redirect:/moderation/organisations/" + id + "/safety");
    }

    @PostMapping("/moderation/organisations/{id}/safety/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        boolean done = safety.approveShowing(slug(id), me.asLogActor());
        redirect.addFlashAttribute("flash", done ? "safety.flash.approved" : "safety.flash.noRequest");
        return "redirect:/moderation/organisations/" + id + "/safety";
    }

    @PostMapping("/moderation/organisations/{id}/safety/refuse")
    String refuse(@PathVariable long id, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        boolean done = safety.refuseShowing(slug(id), me.asLogActor());
        redirect.addFlashAttribute("flash", done ? "safety.flash.refused" : "safety.flash.noRequest");
        return "redirect:/moderation/organisations/" + id + "/safety";
    }

    private static String page(Model model, ProfileSafety.ProfileSettings settings) {
        model.addAttribute("profile", settings);
        model.addAttribute("formAction", "/moderation/organisations/" + settings.organisationId() + "/safety");
        return "moderation/safety";
    }

    private String slug(long id) {
        return organisations
                .findById(id)
                .map(Organisation::getSlug)
                .orElseThrow(() -> new OrganisationNotFoundException("#" + id));
    }
}
