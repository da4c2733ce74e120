package org.peacedirectory.claim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.VisitorFormTokens;
import org.peacedirectory.system.IpHasher;
import org.peacedirectory.system.RandomTokens;
import org.peacedirectory.system.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * "Is this your organisation?": the claim form of a published profile, and the confirmation link mailed to
 * the claimant. The form is protected like the submission form: the honeypot, the signed stamp
 * ({@link FormStamp}), so many claims an hour from one address ({@link RateLimits}) and one claim per form
 * however many times it is sent ({@link VisitorFormTokens}). A profile without a website cannot be claimed
 * this way, and without mail nothing can be confirmed: the page says so. Whatever is refused, the answers
 * come back as typed.
 */
@Controller
class ClaimController {

    static final String FORM = "claimForm";
    /** The page the mailed link opens; its button confirms (a mail scanner that opens links confirms nothing). */
    static final String CONFIRM_PAGE = "/claims/confirm";

    private static final Logger log = LoggerFactory.getLogger(ClaimController.class);
    private static final int FORM_TOKEN_BYTES = 24;
    private static final int LONGEST_TOKEN = 100;

    private final Organisations organisations;
    private final ClaimService service;
    private final ClaimantUsers users;
    private final FormStamp stamps;
    private final VisitorFormTokens formTokens;
    private final IpHasher ipHasher;
    private final RateLimits.Limit rateLimit;

    ClaimController(
            Organisations organisations,
            ClaimService service,
            ClaimantUsers users,
            FormStamp stamps,
            VisitorFormTokens formTokens,
            IpHasher ipHasher,
            RateLimits limits,
            @Value("${directory.claims.per-ip-per-hour}") int perHour) {
        this.organisations = organisations;
        this.service = service;
        this.users = users;
        this.stamps = stamps;
        this.formTokens = formTokens;
        this.ipHasher = ipHasher;
        this.rateLimit = limits.limit("claims", perHour, Duration.ofHours(1));
    }

    @GetMapping("/organisations/{slug}/claim")
    String form(@PathVariable String slug, Model model) {
        Organisation organisation = published(slug);
        model.addAttribute(FORM, ClaimForm.blank(stamps.issue(), RandomTokens.of(FORM_TOKEN_BYTES)));
        return show(model, organisation);
    }

    @PostMapping("/organisations/{slug}/claim")
    String claim(
            @PathVariable String slug,
            @Valid @ModelAttribute(FORM) ClaimForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Organisation organisation = published(slug);
        String trap = form.url();
        if (trap != null && !trap.isEmpty()) {
            log.warn("Honeypot field filled in a claim form; nothing stored");
            return "redirect:/claims/sent"; // the robot is told that its claim arrived
        }
        Optional<String> domain = OrganisationDomain.of(organisation.getWebsite());
        if (domain.isEmpty() || !users.mailConfigured()) {
            // The page says why it cannot be claimed this way; the answers stay in the form.
            response.setStatus(domain.isEmpty() ? HttpStatus.CONFLICT.value() : HttpStatus.SERVICE_UNAVAILABLE.value());
            return show(model, organisation);
        }
        FormStamp.Problem stampProblem = stamps.check(form.stamp());
        ClaimForm kept = stampProblem != null && stampProblem.needsNewStamp() ? form.withStamp(stamps.issue()) : form;
        model.addAttribute(FORM, kept);
        String ipHash = ipHasher.hash(request.getRemoteAddr());
        Duration wait = rateLimit.lockedFor(ipHash);
        if (!wait.isZero()) {
            errors.reject("claim.rateLimited", new Object[] {wait.toMinutes() + 1}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            return show(model, organisation);
        }
        String email = form.email();
        if (!errors.hasFieldErrors("email") && email != null && !OrganisationDomain.emailAt(email, domain.get())) {
            errors.rejectValue("email", "claim.email.otherDomain", new Object[] {domain.get()}, null);
        }
        if (stampProblem != null) {
            errors.reject(stampProblem.code());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, organisation);
        }
        String sentToken = form.formToken();
        String formToken = sentToken == null || sentToken.isBlank() ? RandomTokens.of(FORM_TOKEN_BYTES) : sentToken;
        String formKey = formTokens.bind(formToken, request);
        if (service.claimOfForm(formKey).isEmpty()) {
            try {
                service.claim(
                        organisation,
                        form.toClaimant(RequestContextUtils.getLocale(request).getLanguage()),
                        formKey,
                        ipHash);
                rateLimit.record(ipHash);
            } catch (DataIntegrityViolationException sameFormAtTheSameTime) {
                // The other request of a double click stored it.
            }
        }
        return "redirect:/claims/sent";
    }

    private Organisation published(String slug) {
        return organisations.findPublishedBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
    }

    private String show(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "domain", OrganisationDomain.of(organisation.getWebsite()).orElse(null));
        model.addAttribute("mailConfigured", users.mailConfigured());
        return "claims/form";
    }

    @GetMapping("/claims/sent")
    String sent() {
        return "claims/sent";
    }

    @GetMapping(CONFIRM_PAGE)
    String confirmPage(
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("outcome", ClaimService.Confirmation.UNKNOWN);
            return "claims/confirm";
        }
        model.addAttribute("token", token);
        return "claims/confirm";
    }

    @PostMapping(CONFIRM_PAGE)
    String confirm(@RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response) {
        ClaimService.Confirmation outcome;
        try {
            outcome = token == null || token.isBlank() || token.length() > LONGEST_TOKEN
                    ? ClaimService.Confirmation.UNKNOWN
                    : service.confirm(token);
        } catch (OptimisticLockingFailureException sameLinkAtTheSameTime) {
            outcome = ClaimService.Confirmation.ALREADY_CONFIRMED; // the other click confirmed it
        }
        return switch (outcome) {
            case CONFIRMED, ALREADY_CONFIRMED -> "redirect:/claims/confirmed";
            case EXPIRED, UNKNOWN -> {
                response.setStatus(
                        outcome == ClaimService.Confirmation.EXPIRED
                                ? HttpStatus.GONE.value()
                                : HttpStatus.NOT_FOUND.value());
                model.addAttribute("outcome", outcome);
                yield "claims/confirm";
            }
        };
    }

    @GetMapping("/claims/confirmed")
    String confirmed() {
        return "claims/confirmed";
    }
}
