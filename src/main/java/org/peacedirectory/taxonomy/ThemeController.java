package org.peacedirectory.taxonomy;

import java.util.Locale;
import java.util.Map;

import org.peacedirectory.organisation.OrganisationDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ThemeController {

    /** A theme in the index, with its description and how many organisations work on it. */
    record Entry(String slug, String label, String description, long count) {
    }

    private final Themes themes;
    private final OrganisationDirectory directory;
    private final TaxonomyCounts counts;

    ThemeController(Themes themes, OrganisationDirectory directory, TaxonomyCounts counts) {
        this.themes = themes;
        this.directory = directory;
        this.counts = counts;
    }

    @GetMapping("/themes")
    String index(Locale locale, Model model) {
        Map<String, Long> byTheme = counts.byTheme();
        model.addAttribute("themes", themes.findAllByOrderByPosition().stream()
                .map(theme -> new Entry(theme.getSlug(), theme.label(locale), theme.description(locale),
                        byTheme.getOrDefault(theme.getSlug(), 0L)))
                .toList());
        return "taxonomy/themes";
    }

    @GetMapping("/themes/{slug}")
    String theme(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Theme theme = themes.findById(slug).orElseThrow(() -> new ThemeNotFoundException(slug));
        model.addAttribute("theme", theme);
        model.addAttribute("themeLabel", theme.label(locale));
        model.addAttribute("themeDescription", theme.description(locale));
        model.addAttribute("organisations", directory.withTheme(theme, page, locale));
        return "taxonomy/theme";
    }
}
