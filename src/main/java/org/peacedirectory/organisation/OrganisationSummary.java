package org.peacedirectory.organisation;

import org.jspecify.annotations.Nullable;

/** An organisation as a list shows it: name, place, summary and badge. */
public record OrganisationSummary(
        String slug,
        LocalizedText name,
        @Nullable String acronym,
        String countryName,
        String countryPath,
        @Nullable LocalizedText summary,
        boolean verified,
        boolean demo) {}
