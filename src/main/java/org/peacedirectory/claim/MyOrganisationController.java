package org.peacedirectory.claim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.OrganisationPrincipal;
import org.peacedirectory.account.OrganisationSignIn;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.ProfileSafety;
import org.peacedirectory.organisation.PublicationStatus;
import org.peacedirectory.organisation.SafetyActor;
import org.peacedirectory.organisation.SafetySettingsForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's own pages: signing in by a mailed link (the link itself is made, mailed and checked by
 * Spring Security's one-time-token login, configured in {@code account.OrganisationSignIn}), and, signed
 * in, the organisation's page, from where it proposes edits to its profile and uses the safety controls of
 * its own profile ({@link ProfileSafety}): always the profile of the claim it signed in with, whatever is
 * posted; hiding takes effect at once, showing again waits for a moderator.
 */
@Controller
class MyOrganisationController {

    private static final int LONGEST_TOKEN = 100;

    /** Where the organisation's safety controls are sent. */
    static final String SAFETY = OrganisationSignIn.HOME + "/safety";

    private final ClaimantUsers users;
    private final Organisations organisations;
    private final ProfileSafety safety;

    MyOrganisationController(ClaimantUsers users, Organisations organisations, ProfileSafety safety) {
        this.users = users;
        this.organisations = organisations;
        this.safety = safety;
    }

    @GetMapping(OrganisationSignIn.SIGN_IN_PAGE)
    String signIn(Model model) {
        model.addAttribute("available", users.canSendSignInLinks());
        return "my-organisation/sign-in";
    }

    /**
     * Reached only when no link was made for the address (a link made goes to the "sent" page): an unknown
     * address is told the same as a known one; anything else is said, with the address kept.
     */
    @PostMapping(OrganisationSignIn.SIGN_IN_PAGE)
    String signInRefused(
            @RequestParam(name = OrganisationSignIn.EMAIL_PARAMETER, required = false) @Nullable String email,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Object refused = request.getAttribute(OrganisationSignIn.REFUSED);
        if (refused == null || OrganisationSignIn.REFUSED_UNKNOWN.equals(refused)) {
            return "redirect:" + OrganisationSignIn.SENT_PAGE;
        }
        response.setStatus(
                switch (refused.toString()) {
                    case OrganisationSignIn.REFUSED_RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS.value();
                    case OrganisationSignIn.REFUSED_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE.value();
                    default -> HttpStatus.UNPROCESSABLE_CONTENT.value();
                });
        model.addAttribute("available", users.canSendSignInLinks());
        model.addAttribute("refused", refused.toString());
        model.addAttribute("email", email != null && email.length() <= 254 ? email : null);
        return "my-organisation/sign-in";
    }

    @GetMapping(OrganisationSignIn.SENT_PAGE)
    String sent() {
        return "my-organisation/sent";
    }

    /** The page the mailed link opens: a button that signs in (its POST is Spring Security's). */
    @GetMapping(OrganisationSignIn.LINK_PAGE)
    String link(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } else {
            model.addAttribute("token", token);
        }
        return "my-organisation/link";
    }

    @GetMapping(OrganisationSignIn.HOME)
    String home(@AuthenticationPrincipal OrganisationPrincipal user, Model model) {
        return page(user, model);
    }

    /**
     * The safety controls of the signed-in organisation's own profile (the posted form carries no profile:
     * the principal's is the only one changed). Post/Redirect/Get; the flash says what took effect at once
     * and what waits for a moderator. ProfileSafety logs the change with the claimant's name.
     */
    @PostMapping(SAFETY)
    ModelAndView changeSafety(
            @AuthenticationPrincipal OrganisationPrincipal user,
            @Valid @ModelAttribute("safetyForm") SafetySettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return new ModelAndView(page(user, model), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Organisation organisation = own(user);
        ProfileSafety.Change change = safety.changeSaying(
                organisation.getSlug(), form.toSettings(), SafetyActor.organisation(null, user.getDisplayName()));
        redirect.addFlashAttribute("safetyOutcome", change.outcome().name());
        redirect.addFlashAttribute("safetyInEffect", new ArrayList<>(change.inEffect()));
        redirect.addFlashAttribute("safetyWaiting", new ArrayList<>(change.waiting()));
        return new ModelAndView("redirect:" + OrganisationSignIn.HOME + "#safety-controls");
    }

    private String page(OrganisationPrincipal user, Model model) {
        Organisation organisation = own(user);
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisation);
        if (organisation.getPublicationStatus() == PublicationStatus.PUBLISHED) {
            ProfileSafety.ProfileSettings settings = safety.settings(organisation.getSlug());
            model.addAttribute("safetyControls", settings);
            model.addAttribute("safetyAction", SAFETY);
            if (!model.containsAttribute("safetyForm")) {
                model.addAttribute("safetyForm", SafetySettingsForm.of(settings.settings()));
            }
        }
        return "my-organisation/home";
    }

    /** The profile of the claim the person signed in with: the only one they may change. */
    private Organisation own(OrganisationPrincipal user) {
        return organisations
                .findById(user.getOrganisationId())
                .orElseThrow(() -> new OrganisationNotFoundException(user.getOrganisationSlug()));
    }
}
