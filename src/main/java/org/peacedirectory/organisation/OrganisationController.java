package org.peacedirectory.organisation;

import java.time.Duration;
import java.util.Locale;
import org.peacedirectory.system.SiteUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OrganisationController {

    private final OrganisationDirectory directory;
    private final OrganisationLogos logos;
    private final SiteUrl siteUrl;

    OrganisationController(OrganisationDirectory directory, OrganisationLogos logos, SiteUrl siteUrl) {
        this.directory = directory;
        this.logos = logos;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/organisations/{slug}")
    String profile(@PathVariable String slug, Locale locale, Model model) {
        OrganisationProfile profile = directory.profile(slug, locale);
        String pageUrl = siteUrl.of("/organisations/{slug}", slug);
        model.addAttribute("profile", profile);
        model.addAttribute("canonicalUrl", pageUrl);
        model.addAttribute("noindex", profile.keptFromSearchEngines());
        model.addAttribute(
                "ogTitle",
                profile.acronym() == null
                        ? profile.name().text()
                        : profile.acronym() + " · " + profile.name().text());
        if (profile.summary() != null) {
            model.addAttribute("metaDescription", profile.summary().text());
        }
        model.addAttribute(
                "jsonLd",
                ProfileJsonLd.script(
                        profile, pageUrl, profile.hasLogo() ? pageUrl + "/logo" : null, siteUrl.of("/verification")));
        return "organisations/profile";
    }

    @GetMapping("/organisations/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        OrganisationLogo logo =
                logos.findPublishedBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.getMediaType()))
                // A minute, as pages: a logo its profile hides (safety controls) leaves browsers soon.
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(logo.getContent());
    }
}
