package org.peacedirectory.search;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ListedOrganisation;
import org.peacedirectory.organisation.LocalizedText;
import org.peacedirectory.system.SpreadsheetCells;

/**
 * One row of a list's CSV export: the columns are the record's components, in this order, their names in
 * snake case ({@code profile_url}). Lists of
 * codes are separated by spaces (no code contains one); dates are ISO 8601 days (UTC); every text that a
 * submitter wrote goes through {@link SpreadsheetCells}.
 */
record OrganisationCsvRow(
        String profileUrl,
        String name,
        String acronym,
        String country,
        String worksIn,
        String themes,
        @Nullable Integer founded,
        String website,
        boolean verified,
        String verifiedOn,
        String verificationLevel,
        String summary,
        String summaryLanguage,
        String publishedOn,
        String updatedOn) {

    static OrganisationCsvRow of(ListedOrganisation organisation, String profileUrl) {
        @Nullable Instant verifiedAt = organisation.verifiedAt();
        @Nullable LocalizedText summary = organisation.summary();
        return new OrganisationCsvRow(
                profileUrl,
                SpreadsheetCells.text(organisation.name()),
                text(organisation.acronym()),
                organisation.countryCode(),
                String.join(" ", organisation.worksIn()),
                String.join(" ", organisation.themes()),
                organisation.foundingYear(),
                text(organisation.website()),
                organisation.verification().confirmed(),
                verifiedAt == null ? "" : day(verifiedAt),
                organisation.verification().name(),
                summary == null ? "" : SpreadsheetCells.text(summary.text()),
                summary == null ? "" : summary.language(),
                day(organisation.publishedAt()),
                day(organisation.updatedAt()));
    }

    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : SpreadsheetCells.text(value);
    }
}
