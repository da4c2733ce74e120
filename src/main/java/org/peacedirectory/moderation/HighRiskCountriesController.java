package org.peacedirectory.moderation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.ProfileSafety;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/high-risk-countries}: the countries where new profiles start with their contacts and
 * logo hidden and their location at country level; a moderator adds or removes one (logged). Profiles
 * already published there are left as they are.
 */
@Controller
class HighRiskCountriesController {

    private static final String PAGE = "/moderation/high-risk-countries";

    private final ProfileSafety safety;
    private final TaxonomyLists taxonomy;

    HighRiskCountriesController(ProfileSafety safety, TaxonomyLists taxonomy) {
        this.safety = safety;
        this.taxonomy = taxonomy;
    }

    @GetMapping(PAGE)
    String list(Locale locale, Model model) {
        List<String> codes = safety.highRiskCountries();
        model.addAttribute(
                "highRisk",
                codes.stream().map(code -> taxonomy.country(code).orElseThrow()).toList());
        model.addAttribute(
                "others",
                taxonomy.countries().stream()
                        .filter(country -> !codes.contains(country.getCode()))
                        .sorted(Comparator.comparing(country -> country.name(locale)))
                        .toList());
        return "moderation/high-risk-countries";
    }

    @PostMapping(PAGE)
    String mark(
            @RequestParam(required = false) @Nullable String country,
            @AuthenticationPrincipal ModeratorPrincipal me,
            RedirectAttributes redirect) {
        Country known = known(country);
        if (known == null) {
            redirect.addFlashAttribute("flash", "safety.highRisk.flash.unknown");
        } else {
            safety.markHighRisk(known.getCode(), me.asLogActor());
            redirect.addFlashAttribute("flash", "safety.highRisk.flash.marked");
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{code}/remove")
    String unmark(
            @PathVariable String code, @AuthenticationPrincipal ModeratorPrincipal me, RedirectAttributes redirect) {
        Country known = known(code);
        if (known == null) {
            redirect.addFlashAttribute("flash", "safety.highRisk.flash.unknown");
        } else {
            safety.unmarkHighRisk(known.getCode(), me.asLogActor());
            redirect.addFlashAttribute("flash", "safety.highRisk.flash.unmarked");
        }
        return "redirect:" + PAGE;
    }

    private @Nullable Country known(@Nullable String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return null;
        }
        return taxonomy.country(code.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
