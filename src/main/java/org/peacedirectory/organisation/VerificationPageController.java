package org.peacedirectory.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page every badge links to: what each verification level means, and how long a verification
 * stays current (read from the configuration, so the page cannot drift from it). The same for every
 * reader, so the page cache keeps it.
 */
@Controller
class VerificationPageController {

    private final VerificationPolicy policy;

    VerificationPageController(VerificationPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/verification")
    String verification(Model model) {
        model.addAttribute("levels", VerificationLevel.values());
        // In months when the period is a whole number of them (P24M, P2Y), else as configured (P400D).
        model.addAttribute("validForMonths", policy.validForMonths());
        model.addAttribute("validFor", policy.validFor().toString());
        return "organisations/verification";
    }
}
