package org.peacedirectory.api.hsds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.api.InvalidPagingException;
import org.peacedirectory.api.UnknownRecordException;
import org.peacedirectory.api.hsds.Hsds.Info;
import org.peacedirectory.api.hsds.Hsds.Organization;
import org.peacedirectory.api.hsds.Hsds.Page;
import org.peacedirectory.api.hsds.Hsds.Taxonomy;
import org.peacedirectory.api.hsds.Hsds.TaxonomyTerm;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.search.ListParameters;
import org.peacedirectory.search.OrganisationListing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HSDS 3.0 API (the paths and pages of HSDS's openapi.json): the API's description, organisations (a
 * page of them, with HSDS's {@code search} as the list page's words, or one whole record by its UUID),
 * taxonomies and taxonomy terms, and services, of which the directory has none. Every answer in one
 * language, the reader's ({@code ?lang=}, the language cookie, {@code Accept-Language}, else English).
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsApiController {

    static final int DEFAULT_PER_PAGE = 20;

    /** Where HSDS 3.0's schemas are: no profile adds to them. */
    static final String PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";

    static final String OPENAPI =
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    private final OrganisationListing listing;
    private final ProfileRows profiles;
    private final Vocabularies vocabularies;
    private final HsdsMapping mapping;

    HsdsApiController(
            OrganisationListing listing, ProfileRows profiles, Vocabularies vocabularies, HsdsMapping mapping) {
        this.listing = listing;
        this.profiles = profiles;
        this.vocabularies = vocabularies;
        this.mapping = mapping;
    }

    @GetMapping({"", "/"})
    Info info() {
        return new Info("3.0", PROFILE, OPENAPI);
    }

    @GetMapping("/organizations")
    ResponseEntity<Page<Organization>> organizations(
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
            Locale locale) {
        checkPaging(page, perPage);
        OrganisationListing.Listing found =
                listing.page(new ListParameters(search, null, null, null, null, null, null), page, perPage);
        Vocabulary vocabulary = vocabularies.of(locale);
        List<Organization> contents = profiles.openData(found.ids()).stream()
                .map(row -> mapping.organization(row, vocabulary, locale))
                .map(organization -> full ? organization : organization.basic())
                .toList();
        return answer(Page.of(contents, found.total(), page, perPage), locale);
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<Organization> organization(@PathVariable String id, Locale locale) {
        ProfileRows.Row row =
                uuid(id).flatMap(profiles::openData).orElseThrow(() -> new OrganisationNotFoundException(id));
        return answer(mapping.organization(row, vocabularies.of(locale), locale), locale);
    }

    @GetMapping("/taxonomies")
    ResponseEntity<Page<Taxonomy>> taxonomies(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
            Locale locale) {
        checkPaging(page, perPage);
        return answer(page(vocabularies.of(locale).taxonomies(), page, perPage), locale);
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<Taxonomy> taxonomy(@PathVariable String id, Locale locale) {
        Predicate<Taxonomy> named = taxonomy -> taxonomy.id().toString().equals(id);
        return answer(
                vocabularies.of(locale).taxonomies().stream()
                        .filter(named)
                        .findFirst()
                        .orElseThrow(() -> new UnknownRecordException("No taxonomy has this identifier.")),
                locale);
    }

    /** Every term, or those of one taxonomy; each with its taxonomy's identifier, not its whole record. */
    @GetMapping("/taxonomy_terms")
    ResponseEntity<Page<TaxonomyTerm>> terms(
            @RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
            Locale locale) {
        checkPaging(page, perPage);
        List<TaxonomyTerm> terms = vocabularies.of(locale).terms().stream()
                .filter(term ->
                        taxonomyId == null || term.taxonomyId().toString().equals(taxonomyId))
                .map(TaxonomyTerm::withoutDetail)
                .toList();
        return answer(page(terms, page, perPage), locale);
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<TaxonomyTerm> term(@PathVariable String id, Locale locale) {
        return answer(
                uuid(id).flatMap(vocabularies.of(locale)::term)
                        .orElseThrow(() -> new UnknownRecordException("No taxonomy term has this identifier.")),
                locale);
    }

    /** HSDS's required list of services: the directory describes organisations, not their services. */
    @GetMapping("/services")
    ResponseEntity<Page<Object>> services(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
            Locale locale) {
        checkPaging(page, perPage);
        return answer(Page.of(List.of(), 0, page, perPage), locale);
    }

    @GetMapping("/services/{id}")
    Object service(@PathVariable String id) {
        throw new UnknownRecordException("The directory describes organisations, not services: it has none.");
    }

    private static void checkPaging(int page, int perPage) {
        if (page < 1 || perPage < 1 || perPage > OrganisationListing.MAX_PAGE_SIZE) {
            throw new InvalidPagingException(
                    "'page' must be 1 or more, and 'per_page' from 1 to " + OrganisationListing.MAX_PAGE_SIZE + ".");
        }
    }

    private static <T> Page<T> page(List<T> all, int page, int perPage) {
        long from = (long) (page - 1) * perPage;
        List<T> contents =
                from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
        return Page.of(contents, all.size(), page, perPage);
    }

    /** The answer, with the language its texts are in. */
    private static <T> ResponseEntity<T> answer(T body, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(body);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
