package org.peacedirectory.taxonomy;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CountryController {

    /** A country in the index, with how many organisations are based or work there. */
    record Entry(String path, String name, long count) {}

    /** A continental region and its countries that have organisations, alphabetically. */
    record Region(String key, List<Entry> countries) {}

    private final TaxonomyLists taxonomy;
    private final TaxonomyCounts counts;
    private final WorldMap map;

    CountryController(TaxonomyLists taxonomy, TaxonomyCounts counts, WorldMap map) {
        this.taxonomy = taxonomy;
        this.counts = counts;
        this.map = map;
    }

    @GetMapping("/countries")
    String index(Locale locale, Model model) {
        Map<String, Long> byCountry = counts.published().byCountry();
        Collator collator = Collator.getInstance(locale);
        Map<String, List<Entry>> regions = taxonomy.countries().stream()
                .filter(country -> byCountry.containsKey(country.getCode()))
                .sorted(Comparator.comparing(country -> country.name(locale), collator))
                .collect(Collectors.groupingBy(
                        Country::getRegion,
                        TreeMap::new,
                        Collectors.mapping(
                                country -> new Entry(
                                        country.getPathCode(),
                                        country.name(locale),
                                        byCountry.getOrDefault(country.getCode(), 0L)),
                                Collectors.toList())));
        model.addAttribute(
                "regions",
                regions.entrySet().stream()
                        .map(region -> new Region(region.getKey(), region.getValue()))
                        .toList());
        model.addAttribute("worldMap", map.world(locale));
        return "taxonomy/countries";
    }
}
