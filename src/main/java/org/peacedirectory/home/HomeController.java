package org.peacedirectory.home;

import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.taxonomy.Themes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final OrganisationDirectory directory;
    private final Themes themes;

    HomeController(OrganisationDirectory directory, Themes themes) {
        this.directory = directory;
        this.themes = themes;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisationCount", directory.countPublished());
        model.addAttribute("countryCount", directory.countCountries());
        model.addAttribute("themes", themes.findAllByOrderByPosition());
        return "home/index";
    }
}
