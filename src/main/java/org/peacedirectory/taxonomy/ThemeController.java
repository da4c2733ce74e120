package org.peacedirectory.taxonomy;

import java.util.Locale;

import org.peacedirectory.organisation.OrganisationDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ThemeController {

    private final Themes themes;
    private final OrganisationDirectory directory;

    ThemeController(Themes themes, OrganisationDirectory directory) {
        this.themes = themes;
        this.directory = directory;
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
