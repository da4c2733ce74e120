package org.peacedirectory.home;

import java.util.Locale;

import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.taxonomy.TaxonomyLists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int RECENT = 5;

    private final OrganisationDirectory directory;
    private final HomeCounts counts;
    private final TaxonomyLists taxonomy;

    HomeController(OrganisationDirectory directory, HomeCounts counts, TaxonomyLists taxonomy) {
        this.directory = directory;
        this.counts = counts;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("organisationCount", counts.organisations());
        model.addAttribute("countryCount", counts.countries());
        model.addAttribute("recentlyPublished", directory.recentlyPublished(RECENT, locale));
        model.addAttribute("recentlyUpdated", directory.recentlyUpdated(RECENT, locale));
        model.addAttribute("themes", taxonomy.themes());
        return "home/index";
    }
}
