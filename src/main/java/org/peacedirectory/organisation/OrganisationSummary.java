package org.peacedirectory.organisation;

import org.jspecify.annotations.Nullable;

/** An organisation as a list shows it: name, place, summary and badge (its level, and whether it is old). */
public record OrganisationSummary(
        String slug,
        LocalizedText name,
        @Nullable String acronym,
        String countryName,
        String countryPath,
        @Nullable LocalizedText summary,
        VerificationLevel verification,
        boolean verificationOld,
        boolean demo) {}
