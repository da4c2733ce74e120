package org.peacedirectory.opendata;

import org.peacedirectory.search.OrganisationListing;
import org.peacedirectory.system.DataLicence;
import org.peacedirectory.system.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open-data page, for people who reuse the data: what they may do with it, how to credit it, where each
 * form of it is and within which limits. The same for every reader, so the page cache keeps it.
 */
@Controller
class OpenDataController {

    private final SiteUrl siteUrl;
    private final int apiRequestsPerHour;
    private final int exportsPerHour;

    OpenDataController(
            SiteUrl siteUrl,
            @Value("${directory.api.per-ip-per-hour}") int apiRequestsPerHour,
            @Value("${directory.exports.per-ip-per-hour}") int exportsPerHour) {
        this.siteUrl = siteUrl;
        this.apiRequestsPerHour = apiRequestsPerHour;
        this.exportsPerHour = exportsPerHour;
    }

    @GetMapping("/open-data")
    String openData(Model model) {
        model.addAttribute("site", siteUrl.base());
        model.addAttribute("licenceName", DataLicence.NAME);
        model.addAttribute("licenceUrl", DataLicence.URL);
        model.addAttribute("apiRequestsPerHour", apiRequestsPerHour);
        model.addAttribute("exportsPerHour", exportsPerHour);
        model.addAttribute("maxPageSize", OrganisationListing.MAX_PAGE_SIZE);
        model.addAttribute("maxExportRows", OrganisationListing.MAX_EXPORT_ROWS);
        return "opendata/index";
    }
}
