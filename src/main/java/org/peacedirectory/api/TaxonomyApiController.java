package org.peacedirectory.api;

import java.util.List;
import org.peacedirectory.api.TaxonomyItems.CountryItem;
import org.peacedirectory.api.TaxonomyItems.Items;
import org.peacedirectory.api.TaxonomyItems.NetworkItem;
import org.peacedirectory.api.TaxonomyItems.ThemeItem;
import org.peacedirectory.organisation.PublishedNetworks;
import org.peacedirectory.system.SiteUrl;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The countries, themes and networks in the API: every one, in the directory's order, names in both languages. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TaxonomyApiController {

    private final TaxonomyLists taxonomy;
    private final PublishedNetworks networks;
    private final SiteUrl siteUrl;

    TaxonomyApiController(TaxonomyLists taxonomy, PublishedNetworks networks, SiteUrl siteUrl) {
        this.taxonomy = taxonomy;
        this.networks = networks;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/countries")
    Items<CountryItem> countries() {
        return new Items<>(
                taxonomy.countries().stream()
                        .map(country -> CountryItem.of(country, siteUrl.of("/countries/{code}", country.getPathCode())))
                        .toList(),
                Licence.DATA);
    }

    @GetMapping("/themes")
    Items<ThemeItem> themes() {
        return new Items<>(
                taxonomy.themes().stream()
                        .map(theme -> ThemeItem.of(theme, siteUrl.of("/themes/{slug}", theme.getSlug())))
                        .toList(),
                Licence.DATA);
    }

    @GetMapping("/networks")
    Items<NetworkItem> networks() {
        List<NetworkItem> items = networks.all().stream()
                .map(network -> new NetworkItem(
                        network.name(),
                        network.acronym(),
                        network.website(),
                        network.members(),
                        network.profileSlug() == null
                                ? null
                                : siteUrl.of("/organisations/{slug}", network.profileSlug())))
                .toList();
        return new Items<>(items, Licence.DATA);
    }
}
