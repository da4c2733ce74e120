package org.peacedirectory.organisation;

import java.util.Locale;
import org.peacedirectory.system.SiteUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A network's page: what it is and which published organisations belong to it. */
@Controller
class NetworkController {

    private final NetworkPages networks;
    private final SiteUrl siteUrl;

    NetworkController(NetworkPages networks, SiteUrl siteUrl) {
        this.networks = networks;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/networks/{slug}")
    String network(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        NetworkPage network = networks.page(slug, page, locale);
        model.addAttribute("network", network);
        model.addAttribute("canonicalUrl", siteUrl.of("/networks/{slug}", slug));
        model.addAttribute(
                "ogTitle",
                network.acronym() == null
                        ? network.name().text()
                        : network.acronym() + " · " + network.name().text());
        if (network.description() != null) {
            model.addAttribute("metaDescription", network.description().text());
        }
        return "organisations/network";
    }
}
