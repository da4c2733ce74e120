package org.peacedirectory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacedirectory.organisation.ListedOrganisations;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.organisation.VerificationPolicy;
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
 * {@code verified} (a verification level, or {@code true} for any confirmed one), {@code level}, {@code since},
 * {@code sort}, as on {@code /organisations}) a page at a
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
    private final VerificationPolicy verification;

    OrganisationsApiController(
            OrganisationListing listing,
            ListedOrganisations organisations,
            ProfileRows profiles,
            SiteUrl siteUrl,
            VerificationPolicy verification) {
        this.listing = listing;
        this.organisations = organisations;
        this.profiles = profiles;
        this.siteUrl = siteUrl;
        this.verification = verification;
    }

    @GetMapping
    @Operation(
            summary = "Organisations, a page at a time",
            description = "The organisations the list page /organisations shows for the same words, filters and"
                    + " sort, with Link headers (RFC 8288) to the first, previous, next and last pages. Each item"
                    + " has its summary in the language of Accept-Language where one exists.")
    @ListQueryParameters
    @ApiResponse(responseCode = "200", description = "A page of the list.", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "400",
            description = "A page below 1, or a size outside 1 to 100.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(ref = ApiDescription.PROBLEM)))
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
            description = "Every public fact of a published profile, in every language it is written in, with the"
                    + " source each fact names (a web address or a document's title, and the day it was checked):"
                    + " sources of the founding year, place, website and contact in sources, each network"
                    + " membership's and activity's in its own source.")
    @ApiResponse(responseCode = "200", description = "The record.", useReturnTypeSchema = true)
    @ApiResponse(
            responseCode = "404",
            description = "No published organisation at this address.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(ref = ApiDescription.PROBLEM)))
    OrganisationDetail one(
            @Parameter(description = "The profile's slug, as in its address /organisations/{slug}.") @PathVariable
                    String slug) {
        return profiles.openData(slug)
                .map(row -> OrganisationDetail.of(
                        row, profile -> siteUrl.of("/organisations/{slug}", profile), verification::validUntilDay))
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
