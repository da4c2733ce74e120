package org.peacedirectory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacedirectory.organisation.ListedOrganisations;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.search.ListParameters;
import org.peacedirectory.search.OrganisationListing;
import org.peacedirectory.system.DataLicence;
import org.peacedirectory.system.SiteUrl;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Organisations in the API: the list page's search ({@code q}, {@code country}, {@code theme},
 * {@code verified}, {@code level}, {@code since}, {@code sort}, as on {@code /organisations}) a page at a
 * time, with {@code Link} headers to the first, previous, next and last pages (RFC 8288); and one profile's
 * whole record.
 */
@RestController
@Tag(name = "organisations", description = "Published organisations: searched and filtered, or one whole record.")
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganisationsApiController {

    static final int DEFAULT_PAGE_SIZE = 20;

    private final OrganisationListing listing;
    private final ListedOrganisations organisations;
    private final ProfileRows profiles;
    private final SiteUrl siteUrl;

    OrganisationsApiController(
            OrganisationListing listing, ListedOrganisations organisations, ProfileRows profiles, SiteUrl siteUrl) {
        this.listing = listing;
        this.organisations = organisations;
        this.profiles = profiles;
        this.siteUrl = siteUrl;
    }

    @GetMapping
    @Operation(
            summary = "Organisations, a page at a time",
            description = "The organisations the list page /organisations shows for the same words, filters and"
                    + " sort, with Link headers (RFC 8288) to the first, previous, next and last pages. Each item"
                    + " has its summary in the language of Accept-Language where one exists.")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Words to look for in names, acronyms, places and texts (at most 200 characters); "
                    + "sorts by relevance unless sort says otherwise.")
    @Parameter(
            name = "country",
            in = ParameterIn.QUERY,
            description = "Based or working in this country: an ISO 3166-1 alpha-2 code (ml); repeat for any of"
                    + " several.")
    @Parameter(
            name = "theme",
            in = ParameterIn.QUERY,
            description = "Working on this theme, by its slug (/api/v1/themes); repeat for any of several.")
    @Parameter(
            name = "verified",
            in = ParameterIn.QUERY,
            description = "true: only profiles a moderator verified; false: only the others.")
    @Parameter(
            name = "level",
            in = ParameterIn.QUERY,
            description = "With activities at this level: LOCAL, NATIONAL, REGIONAL or INTERNATIONAL; repeat for"
                    + " any of several.")
    @Parameter(
            name = "since",
            in = ParameterIn.QUERY,
            description = "Active in this year or later (a year, such as 2015).")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "relevance (the default with words), name (the default without) or updated (last"
                    + " changed first).")
    ResponseEntity<OrganisationPage> list(
            @ParameterObject ListParameters parameters,
            @Parameter(description = "The page, from 1.") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Organisations a page, from 1 to " + OrganisationListing.MAX_PAGE_SIZE + ".")
                    @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
                    int size,
            Locale locale,
            HttpServletRequest request) {
        if (page < 1 || size < 1 || size > OrganisationListing.MAX_PAGE_SIZE) {
            throw new InvalidPagingException(
                    "'page' must be 1 or more, and 'size' from 1 to " + OrganisationListing.MAX_PAGE_SIZE + ".");
        }
        OrganisationListing.Listing found = listing.page(parameters, page, size);
        List<OrganisationItem> items = organisations.inOrder(found.ids(), locale).stream()
                .map(organisation -> OrganisationItem.of(
                        organisation,
                        siteUrl.of("/organisations/{slug}", organisation.slug()),
                        siteUrl.of("/api/v1/organisations/{slug}", organisation.slug())))
                .toList();
        long pages = Math.max(1, (found.total() + size - 1) / size);
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, pageLinks(request, page, pages).toArray(String[]::new))
                .body(new OrganisationPage(items, page, size, found.total(), pages, Licence.DATA));
    }

    @GetMapping("/{slug}")
    @Operation(
            summary = "One organisation's whole public record",
            description = "Every public fact of a published profile, in every language it is written in.")
    OrganisationDetail one(
            @Parameter(description = "The profile's slug, as in its address /organisations/{slug}.") @PathVariable
                    String slug) {
        return profiles.published(slug)
                .map(row -> OrganisationDetail.of(row, profile -> siteUrl.of("/organisations/{slug}", profile)))
                .orElseThrow(() -> new OrganisationNotFoundException(slug));
    }

    /**
     * The first, previous, next and last pages of the same request, as absolute addresses, and the licence
     * (which these headers replace as ApiConfiguration set it).
     */
    private List<String> pageLinks(HttpServletRequest request, int page, long pages) {
        List<String> links = new ArrayList<>(List.of(DataLicence.LINK_HEADER));
        links.add(link(request, 1, "first"));
        if (page > 1) {
            links.add(link(request, Math.min(page - 1, pages), "prev"));
        }
        if (page < pages) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, pages, "last"));
        return links;
    }

    private String link(HttpServletRequest request, long page, String relation) {
        String address = UriComponentsBuilder.fromUriString(siteUrl.base() + "/api/v1/organisations")
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + address + ">; rel=\"" + relation + "\"";
    }
}
