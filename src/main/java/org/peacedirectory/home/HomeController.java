package org.peacedirectory.home;

import java.util.Locale;
import org.peacedirectory.feeds.FeedLinks;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.taxonomy.TaxonomyCounts;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.WorldMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeData data;
    private final TaxonomyCounts counts;
    private final TaxonomyLists taxonomy;
    private final FeedLinks feeds;
    private final WorldMap map;

    HomeController(HomeData data, TaxonomyCounts counts, TaxonomyLists taxonomy, FeedLinks feeds, WorldMap map) {
        this.data = data;
        this.counts = counts;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
        this.map = map;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        // The same counts as the map's and /countries' (one statement, kept until publish).
        TaxonomyCounts.Published published = counts.published();
        OrganisationDirectory.Recent recent = data.recent(locale);
        model.addAttribute("organisationCount", published.organisations());
        model.addAttribute("countryCount", published.countries());
        model.addAttribute("recentlyPublished", recent.published());
        model.addAttribute("recentlyUpdated", recent.updated());
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("worldMap", map.world(locale));
        model.addAttribute(FeedLinks.MODEL_ATTRIBUTE, feeds.directory(locale));
        return "home/index";
    }
}
