package org.peacedirectory.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.peacedirectory.feeds.FeedLinks;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.CountryNotFoundException;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.Theme;
import org.peacedirectory.taxonomy.ThemeNotFoundException;
import org.peacedirectory.taxonomy.WorldMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organisation lists: all organisations, a country's and a theme's, each with the search box,
 * filters with counts and sort, all state in the URL so that links travel. Unknown or malformed filter
 * values are dropped rather than refused (see SearchQuery), so a shared link always opens. No transaction
 * around a request: the index is searched without the database, and each read takes its own.
 */
@Controller
class SearchController {

    private final SearchPage page;
    private final TaxonomyLists taxonomy;
    private final FeedLinks feeds;
    private final WorldMap map;
    private final FacetCounts counts;

    SearchController(SearchPage page, TaxonomyLists taxonomy, FeedLinks feeds, WorldMap map, FacetCounts counts) {
        this.page = page;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
        this.map = map;
        this.counts = counts;
    }

    @GetMapping("/organisations")
    String list(ListParameters parameters, @RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
        this.page.show(
                parameters.toQuery(ListParameters.lenientPage(page)), SearchPage.Scope.EVERYTHING, locale, model);
        model.addAttribute(FeedLinks.MODEL_ATTRIBUTE, feeds.directory(locale));
        return "organisations/list";
    }

    /** A country's organisations (based or working there); other spellings of the code redirect. */
    @GetMapping("/countries/{code}")
    String country(
            @PathVariable String code,
            ListParameters parameters,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model,
            HttpServletRequest request) {
        Country place =
                taxonomy.country(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> new CountryNotFoundException(code));
        if (!code.equals(place.getPathCode())) {
            // Keep the words and filters of the link: only the spelling of the code changes. A path, not an
            // address: the request's Host header is not to be trusted.
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/countries/" + place.getPathCode())
                            .query(request.getQueryString())
                            .build()
                            .toUriString();
        }
        SearchQuery query = parameters.toQuery(List.of(place.getCode()), parameters.theme(), page);
        this.page.show(query, new SearchPage.Scope("/countries/" + place.getPathCode(), Facet.COUNTRY), locale, model);
        model.addAttribute("heading", place.name(locale));
        model.addAttribute("addMore", "country.submit");
        model.addAttribute(FeedLinks.MODEL_ATTRIBUTE, feeds.country(place, locale));
        model.addAttribute("countryMap", map.place(place, counts.alongside(place.getCode()), locale));
        return "organisations/list";
    }

    /** A theme's organisations, under its description. */
    @GetMapping("/themes/{slug}")
    String theme(
            @PathVariable String slug,
            ListParameters parameters,
            @RequestParam(defaultValue = "1") int page,
            Locale locale,
            Model model) {
        Theme topic = taxonomy.theme(slug).orElseThrow(() -> new ThemeNotFoundException(slug));
        SearchQuery query = parameters.toQuery(parameters.country(), List.of(topic.getSlug()), page);
        this.page.show(query, new SearchPage.Scope("/themes/" + topic.getSlug(), Facet.THEME), locale, model);
        model.addAttribute("heading", topic.label(locale));
        model.addAttribute("lead", topic.description(locale));
        model.addAttribute("addMore", "theme.submit");
        model.addAttribute(FeedLinks.MODEL_ATTRIBUTE, feeds.theme(topic, locale));
        return "organisations/list";
    }
}
