package org.peacedirectory.claim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.OrganisationPrincipal;
import org.peacedirectory.account.OrganisationSignIn;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation's own pages: signing in by a mailed link (the link itself is made, mailed and checked by
 * Spring Security's one-time-token login, configured in {@code account.OrganisationSignIn}), and, signed
 * in, the organisation's page, from where it proposes edits to its profile.
 */
@Controller
class MyOrganisationController {

    private static final int LONGEST_TOKEN = 100;

    private final ClaimantUsers users;
    private final Organisations organisations;

    MyOrganisationController(ClaimantUsers users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
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
        Organisation organisation = organisations
                .findById(user.getOrganisationId())
                .orElseThrow(() -> new OrganisationNotFoundException(user.getOrganisationSlug()));
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisation);
        return "my-organisation/home";
    }
}
