package org.peacedirectory.organisation;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The safety controls form (fragment {@code fragments/safety :: form}), for the moderators' page and the
 * organisation's own: a visibility for each contact field and the logo ({@code PUBLIC} or
 * {@code MODERATORS_ONLY}), the location's precision ({@code CITY} or {@code COUNTRY_ONLY}), and two boxes.
 * A value missing or not one of these is refused.
 */
public record SafetySettingsForm(
        @Pattern(regexp = VISIBILITY) @Nullable String email,
        @Pattern(regexp = VISIBILITY) @Nullable String phone,
        @Pattern(regexp = VISIBILITY) @Nullable String postalAddress,
        @Pattern(regexp = VISIBILITY) @Nullable String contactPerson,
        @Pattern(regexp = VISIBILITY) @Nullable String logo,
        @Pattern(regexp = "CITY|COUNTRY_ONLY") @Nullable String location,
        @Nullable String keptFromSearchEngines,
        @Nullable String keptFromOpenData) {

    static final String VISIBILITY = "PUBLIC|MODERATORS_ONLY";

    /** The form showing these settings. */
    public static SafetySettingsForm of(SafetySettings settings) {
        return new SafetySettingsForm(
                settings.email().name(),
                settings.phone().name(),
                settings.postalAddress().name(),
                settings.contactPerson().name(),
                settings.logo().name(),
                settings.location().name(),
                settings.keptFromSearchEngines() ? "true" : null,
                settings.keptFromOpenData() ? "true" : null);
    }

    /**
     * The settings asked for; a value left out hides (a visibility other than {@code PUBLIC} is moderators
     * only, a location other than {@code CITY} is the country only): a form cut short never shows more.
     */
    public SafetySettings toSettings() {
        return new SafetySettings(
                visibility(email),
                visibility(phone),
                visibility(postalAddress),
                visibility(contactPerson),
                visibility(logo),
                "CITY".equals(location) ? LocationPrecision.CITY : LocationPrecision.COUNTRY_ONLY,
                "true".equals(keptFromSearchEngines),
                "true".equals(keptFromOpenData));
    }

    private static Visibility visibility(@Nullable String value) {
        return "PUBLIC".equals(value) ? Visibility.PUBLIC : Visibility.MODERATORS_ONLY;
    }
}
