package org.peacedirectory.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a profile says, apart from its identity and moderation state: what a submitter proposes (stored
 * as JSON with the submission), what moderators edit and compare, and what a revision of a published
 * profile keeps. Dates are EDTF level 0; unknown values are null.
 */
public record ProfileContent(
        String name,
        @Nullable String acronym,
        String sourceLanguage,
        @Nullable Integer foundingYear,
        @Nullable String city,
        String countryCode,
        List<String> countriesOfWork,
        List<String> themes,
        List<String> networks,
        @Nullable String website,
        List<String> links,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactPostalAddress,
        @Nullable String contactPerson,
        boolean contactPublic,
        Map<String, Text> prose,
        List<Entry> activities) {

    public ProfileContent {
        countriesOfWork = countriesOfWork == null ? List.of() : List.copyOf(countriesOfWork);
        themes = themes == null ? List.of() : List.copyOf(themes);
        networks = networks == null ? List.of() : List.copyOf(networks);
        links = links == null ? List.of() : List.copyOf(links);
        prose = prose == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(prose));
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** Name, summary and description in one language. */
    public record Text(
            @Nullable String name,
            @Nullable String summary,
            @Nullable String description) {}

    /** One timeline entry; {@code date} is EDTF or null when unknown. */
    public record Entry(
            String level,
            @Nullable String date,
            String text,
            @Nullable String language) {}
}
