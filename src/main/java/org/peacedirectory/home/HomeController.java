package org.peacedirectory.home;

import java.util.Locale;

import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.organisation.PublicDataCaches;
import org.peacedirectory.system.ShortLivedCache;
import org.peacedirectory.taxonomy.Themes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final int RECENT = 5;

    private final OrganisationDirectory directory;
    private final Themes themes;
    /** Counting every profile on each visit is wasteful: counted again after a change, or a minute. */
    private final ShortLivedCache<String, long[]> counts;

    HomeController(OrganisationDirectory directory, Themes themes, PublicDataCaches caches) {
        this.directory = directory;
        this.themes = themes;
        this.counts = caches.create(1);
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        long[] counts = this.counts.get("home", key -> new long[] {directory.countPublished(), directory.countCountries()});
        model.addAttribute("organisationCount", counts[0]);
        model.addAttribute("countryCount", counts[1]);
        model.addAttribute("recentlyPublished", directory.recentlyPublished(RECENT, locale));
        model.addAttribute("recentlyUpdated", directory.recentlyUpdated(RECENT, locale));
        model.addAttribute("themes", themes.findAllByOrderByPosition());
        return "home/index";
    }
}
