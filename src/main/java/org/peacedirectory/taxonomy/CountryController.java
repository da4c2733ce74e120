package org.peacedirectory.taxonomy;

import java.util.Locale;

import org.peacedirectory.organisation.OrganisationDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CountryController {

    private final Countries countries;
    private final OrganisationDirectory directory;

    CountryController(Countries countries, OrganisationDirectory directory) {
        this.countries = countries;
        this.directory = directory;
    }

    /** Country pages live at the lower-case ISO code; other spellings redirect there. */
    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Country country = countries.findById(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new CountryNotFoundException(code));
        if (!code.equals(country.getPathCode())) {
            return "redirect:/countries/" + country.getPathCode();
        }
        model.addAttribute("country", country);
        model.addAttribute("countryName", country.name(locale));
        model.addAttribute("organisations", directory.inCountry(country, page, locale));
        return "taxonomy/country";
    }
}
