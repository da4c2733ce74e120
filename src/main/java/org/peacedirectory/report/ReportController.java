package org.peacedirectory.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.report.ReportIntake.Outcome;
import org.peacedirectory.report.ReportIntake.Refused;
import org.peacedirectory.report.ReportIntake.Stored;
import org.peacedirectory.report.ReportIntake.Trapped;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.system.RandomTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /organisations/{slug}/report}: the short form to report a problem with a published profile, no
 * account needed. Whatever is refused comes back with everything typed; a stored report redirects to its
 * thank-you page (POST-redirect-GET).
 */
@Controller
class ReportController {

    static final String FORM = "reportForm";

    private final Organisations organisations;
    private final ReportIntake intake;
    private final FormStamp stamps;

    ReportController(Organisations organisations, ReportIntake intake, FormStamp stamps) {
        this.organisations = organisations;
        this.intake = intake;
        this.stamps = stamps;
    }

    @GetMapping("/organisations/{slug}/report")
    String form(@PathVariable String slug, Model model) {
        Organisation organisation = published(slug);
        ReportForm form = ReportForm.blank(stamps.issue(), RandomTokens.of(24));
        model.addAttribute(FORM, form);
        return show(model, organisation, form.stamp());
    }

    @PostMapping("/organisations/{slug}/report")
    String send(
            @PathVariable String slug,
            @Valid @ModelAttribute(FORM) @Nullable ReportForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Organisation organisation = published(slug);
        Outcome outcome = intake.receive(form, errors, organisation, request);
        if (outcome instanceof Stored || outcome instanceof Trapped) {
            return "redirect:/organisations/" + organisation.getSlug() + "/report/thanks";
        }
        Refused refused = (Refused) outcome;
        response.setStatus(refused.status().value());
        if (refused.retryAfter() != null) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfter().toSeconds()));
        }
        return show(model, organisation, refused.stamp());
    }

    @GetMapping("/organisations/{slug}/report/thanks")
    String thanks(@PathVariable String slug, Model model) {
        Organisation organisation = published(slug);
        model.addAttribute("organisationName", organisation.getName());
        model.addAttribute("slug", organisation.getSlug());
        return "report/thanks";
    }

    private String show(Model model, Organisation organisation, @Nullable String stamp) {
        model.addAttribute("organisationName", organisation.getName());
        model.addAttribute("slug", organisation.getSlug());
        model.addAttribute("stamp", stamp);
        model.addAttribute("reasons", List.of(ReportReason.values()));
        model.addAttribute("maxDetails", ReportForm.MAX_DETAILS);
        return "report/form";
    }

    private Organisation published(String slug) {
        return organisations.findPublishedBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
    }
}
