package org.peacedirectory.organisation;

/** An organisation as a list shows it: name, place, summary and badge. */
public record OrganisationSummary(
        String slug,
        LocalizedText name,
        String acronym,
        String countryName,
        String countryPath,
        LocalizedText summary,
        boolean verified,
        boolean demo) {
}
