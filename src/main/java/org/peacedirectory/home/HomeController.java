package org.peacedirectory.home;

import java.util.Locale;
import org.peacedirectory.feeds.FeedLinks;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.WorldMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeData data;
    private final TaxonomyLists taxonomy;
    private final FeedLinks feeds;
    private final WorldMap map;

    HomeController(HomeData data, TaxonomyLists taxonomy, FeedLinks feeds, WorldMap map) {
        this.data = data;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
        this.map = map;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        OrganisationDirectory.PublishedCounts counts = data.counts();
        OrganisationDirectory.Recent recent = data.recent(locale);
        model.addAttribute("organisationCount", counts.organisations());
        model.addAttribute("countryCount", counts.countries());
        model.addAttribute("recentlyPublished", recent.published());
        model.addAttribute("recentlyUpdated", recent.updated());
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("worldMap", map.world(locale));
        model.addAttribute(FeedLinks.MODEL_ATTRIBUTE, feeds.directory(locale));
        return "home/index";
    }
}
