package org.peacedirectory.taxonomy;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ThemeController {

    /** A theme in the index, with its description and how many organisations work on it. */
    record Entry(String slug, String label, String description, long count) {}

    private final TaxonomyLists taxonomy;
    private final TaxonomyCounts counts;

    ThemeController(TaxonomyLists taxonomy, TaxonomyCounts counts) {
        this.taxonomy = taxonomy;
        this.counts = counts;
    }

    @GetMapping("/themes")
    String index(Locale locale, Model model) {
        Map<String, Long> byTheme = counts.byTheme();
        model.addAttribute(
                "themes",
                taxonomy.themes().stream()
                        .map(theme -> new Entry(
                                theme.getSlug(),
                                theme.label(locale),
                                theme.description(locale),
                                byTheme.getOrDefault(theme.getSlug(), 0L)))
                        .toList());
        return "taxonomy/themes";
    }
}
