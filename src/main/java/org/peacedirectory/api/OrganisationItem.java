package org.peacedirectory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ListedOrganisation;
import org.peacedirectory.organisation.LocalizedText;

/**
 * An organisation in a list: its main public facts, the address of its profile ({@code url}) and of its
 * whole record in the API ({@code apiUrl}); countries by ISO code, themes by slug; the summary in the
 * language asked for (Accept-Language) when it exists, with the language it is in. {@code verified} is true
 * for any confirmed level (as before the levels), {@code verificationLevel} names it.
 */
record OrganisationItem(
        String slug,
        String url,
        String apiUrl,
        String name,
        @Nullable String acronym,
        String country,
        List<String> worksIn,
        List<String> themes,
        @Nullable Integer founded,
        @Nullable String website,
        boolean verified,
        @Nullable LocalDate verifiedOn,
        String verificationLevel,
        @Nullable Text summary,
        Instant published,
        Instant updated) {

    /** A text with its language (a BCP 47 tag). */
    record Text(String text, String language) {}

    static OrganisationItem of(ListedOrganisation organisation, String url, String apiUrl) {
        @Nullable Instant verifiedAt = organisation.verifiedAt();
        @Nullable LocalizedText summary = organisation.summary();
        return new OrganisationItem(
                organisation.slug(),
                url,
                apiUrl,
                organisation.name(),
                organisation.acronym(),
                organisation.countryCode(),
                organisation.worksIn(),
                organisation.themes(),
                organisation.foundingYear(),
                organisation.website(),
                organisation.verification().confirmed(),
                verifiedAt == null ? null : LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC),
                organisation.verification().name(),
                summary == null ? null : new Text(summary.text(), summary.language()),
                organisation.publishedAt(),
                organisation.updatedAt());
    }
}
