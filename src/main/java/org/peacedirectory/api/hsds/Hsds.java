package org.peacedirectory.api.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The HSDS 3.0 objects the directory fills, as JSON: their properties in snake case and in the order of
 * HSDS's schemas, absent when empty (HSDS's schemas type them as strings or numbers, never null). Only the
 * properties the directory has something for are declared; the data package's CSV files have every
 * column of HSDS's (empty where nothing is declared here), see {@link HsdsTables}.
 */
final class Hsds {

    private Hsds() {}

    /**
     * An organisation. In lists only its own properties (the arrays null, so absent); in a full record its
     * phones, location, attributes and metadata too, and its services, of which it has none.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(
            UUID id,
            String name,
            @Nullable String alternateName,
            String description,
            @Nullable String email,
            @Nullable String website,
            @Nullable Integer yearIncorporated,
            @Nullable String logo,
            String uri,
            @Nullable List<Phone> phones,
            @Nullable List<Location> locations,
            @Nullable List<Attribute> attributes,
            @Nullable List<Metadata> metadata,
            @Nullable List<Object> services) {

        /** Its own properties alone, as lists give it. */
        Organization basic() {
            return new Organization(
                    id,
                    name,
                    alternateName,
                    description,
                    email,
                    website,
                    yearIncorporated,
                    logo,
                    uri,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** Where an organisation is based: a physical location named by its city and country. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(UUID id, String locationType, UUID organizationId, String name, List<Attribute> attributes) {}

    /** The organisation's telephone number, when it agreed to show it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Phone(UUID id, UUID organizationId, String number) {}

    /**
     * A fact about an organisation or its location: a taxonomy term applied to it ({@code link_type} says
     * in what sense), with a value for those that carry one (an activity, a link, the day of a
     * verification). In JSON the term itself is nested; CSV has its identifier only.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(
            UUID id,
            UUID linkId,
            UUID taxonomyTermId,
            String linkType,
            String linkEntity,
            @Nullable String value,
            @Nullable TaxonomyTerm taxonomyTerm) {}

    /** A term of one of the directory's taxonomies, in one language; its taxonomy nested in JSON. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyTerm(
            UUID id,
            @Nullable String code,
            String name,
            String description,
            String taxonomy,
            @Nullable Taxonomy taxonomyDetail,
            String language,
            UUID taxonomyId,
            @Nullable String termUri) {

        TaxonomyTerm withoutDetail() {
            return new TaxonomyTerm(id, code, name, description, taxonomy, null, language, taxonomyId, termUri);
        }
    }

    /** A taxonomy: the directory's own (themes, networks...) or an external one (ISO 3166-1 countries). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Taxonomy(
            UUID id,
            String name,
            String description,
            String uri,
            @Nullable String version) {}

    /** A change made to an organisation's record: its publication, last update, verification. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Metadata(
            UUID id,
            UUID resourceId,
            String resourceType,
            String lastActionDate,
            String lastActionType,
            String fieldName,
            String previousValue,
            String replacementValue,
            String updatedBy) {}

    /** One page of a list, as HSDS's API pages every list ({@code Page} of its openapi.json). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(
            long totalItems,
            long totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {

        /** The page (from 1) of the given size, its contents already cut, of a list of so many. */
        static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
            long pages = Math.max(1, (total + perPage - 1) / perPage);
            return new Page<>(
                    total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    /** What {@code /api/hsds/} says of the API: its HSDS version, profile and OpenAPI description. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Info(String version, String profile, String openapiUrl) {}
}
