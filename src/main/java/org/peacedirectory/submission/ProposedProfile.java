package org.peacedirectory.submission;

import java.util.List;
import java.util.Map;

/**
 * A profile as a submitter proposes it, stored as JSON with the submission so that moderators can
 * edit it and compare it with the live profile. Dates are EDTF level 0; unknown values are null.
 */
public record ProposedProfile(
        String name,
        String acronym,
        String sourceLanguage,
        Integer foundingYear,
        String city,
        String countryCode,
        List<String> countriesOfWork,
        List<String> themes,
        List<String> networks,
        String website,
        List<String> links,
        String contactEmail,
        String contactPhone,
        boolean contactPublic,
        Map<String, Prose> prose,
        List<Activity> activities) {

    /** Name, summary and description in one language. */
    public record Prose(String name, String summary, String description) {
    }

    /** One timeline entry; {@code date} is EDTF or null when unknown. */
    public record Activity(String level, String date, String text, String language) {
    }
}
