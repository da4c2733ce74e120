package org.peacedirectory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "taxonomies", description = "Countries, themes and networks: the values the filters take.")
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
    @Operation(
            summary = "Every country",
            description =
                    "Each country's ISO 3166-1 alpha-2 code, its names in English and French, its region and its page.")
    Items<CountryItem> countries() {
        return new Items<>(
                taxonomy.countries().stream()
                        .map(country -> CountryItem.of(country, siteUrl.of("/countries/{code}", country.getPathCode())))
                        .toList(),
                Licence.DATA);
    }

    @GetMapping("/themes")
    @Operation(
            summary = "Every theme",
            description =
                    "Each theme's slug (the value of the theme filter), its label and description in English and French, and its page.")
    Items<ThemeItem> themes() {
        return new Items<>(
                taxonomy.themes().stream()
                        .map(theme -> ThemeItem.of(theme, siteUrl.of("/themes/{slug}", theme.getSlug())))
                        .toList(),
                Licence.DATA);
    }

    @GetMapping("/networks")
    @Operation(
            summary = "The networks published organisations belong to",
            description =
                    "Each network with how many published organisations belong to it, and its profile where it has one.")
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
