package org.peacedirectory.home;

import java.time.Duration;
import java.util.Locale;

import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.system.ShortLivedCache;
import org.peacedirectory.taxonomy.Themes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.transaction.event.TransactionalEventListener;

@Controller
class HomeController {

    private static final int RECENT = 5;

    private final OrganisationDirectory directory;
    private final Themes themes;
    /** Counting every profile on each visit is wasteful: the figures may be a few seconds old. */
    private final ShortLivedCache<String, long[]> counts;

    HomeController(OrganisationDirectory directory, Themes themes,
            @Value("${directory.search.cache-lifetime}") Duration countsLifetime) {
        this.directory = directory;
        this.themes = themes;
        this.counts = new ShortLivedCache<>(countsLifetime, 1, key -> key);
    }

    /** A profile was published or changed: count again. */
    @TransactionalEventListener(fallbackExecution = true)
    void forgetCounts(PublishedProfileChanged change) {
        counts.clear();
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
