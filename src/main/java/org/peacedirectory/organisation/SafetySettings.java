package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What of a profile the public may see: each contact field and the logo ({@link Visibility}), how precise its
 * location is ({@link LocationPrecision}), and whether it is kept out of search engines (noindex, sitemap,
 * feeds) and out of the open data (API, HSDS, CSV export). A value: a change replaces it.
 */
@Embeddable
public record SafetySettings(
        @Enumerated(EnumType.STRING) @Column(name = "email_visibility", nullable = false)
        Visibility email,

        @Enumerated(EnumType.STRING) @Column(name = "phone_visibility", nullable = false)
        Visibility phone,

        @Enumerated(EnumType.STRING) @Column(name = "postal_address_visibility", nullable = false)
        Visibility postalAddress,

        @Enumerated(EnumType.STRING) @Column(name = "contact_person_visibility", nullable = false)
        Visibility contactPerson,

        @Enumerated(EnumType.STRING) @Column(name = "logo_visibility", nullable = false)
        Visibility logo,

        @Enumerated(EnumType.STRING) @Column(name = "location_precision", nullable = false)
        LocationPrecision location,

        @Column(name = "kept_from_search_engines", nullable = false)
        boolean keptFromSearchEngines,

        @Column(name = "kept_from_open_data", nullable = false)
        boolean keptFromOpenData) {

    /** Everything shown: city, logo and contacts public, in search engines and the open data. */
    public static final SafetySettings ALL_SHOWN = new SafetySettings(
            Visibility.PUBLIC,
            Visibility.PUBLIC,
            Visibility.PUBLIC,
            Visibility.PUBLIC,
            Visibility.PUBLIC,
            LocationPrecision.CITY,
            false,
            false);

    /**
     * How a new profile starts: its contacts public only when the organisation agreed; in a high-risk
     * country, its contacts and logo for moderators only and its location at country level.
     */
    static SafetySettings forNewProfile(boolean contactsPublic, boolean highRiskCountry) {
        SafetySettings settings = contactsPublic ? ALL_SHOWN : ALL_SHOWN.withContacts(Visibility.MODERATORS_ONLY);
        if (!highRiskCountry) {
            return settings;
        }
        return new SafetySettings(
                Visibility.MODERATORS_ONLY,
                Visibility.MODERATORS_ONLY,
                Visibility.MODERATORS_ONLY,
                Visibility.MODERATORS_ONLY,
                Visibility.MODERATORS_ONLY,
                LocationPrecision.COUNTRY_ONLY,
                false,
                false);
    }

    /** The same with every contact field at that visibility. */
    SafetySettings withContacts(Visibility visibility) {
        return new SafetySettings(
                visibility,
                visibility,
                visibility,
                visibility,
                logo,
                location,
                keptFromSearchEngines,
                keptFromOpenData);
    }

    /** What of the requested settings hides more than these, and nothing that shows more: takes effect at once. */
    public SafetySettings hidingOnly(SafetySettings requested) {
        return new SafetySettings(
                email.hiddenEither(requested.email),
                phone.hiddenEither(requested.phone),
                postalAddress.hiddenEither(requested.postalAddress),
                contactPerson.hiddenEither(requested.contactPerson),
                logo.hiddenEither(requested.logo),
                location.vaguerEither(requested.location),
                keptFromSearchEngines || requested.keptFromSearchEngines,
                keptFromOpenData || requested.keptFromOpenData);
    }

    /** Whether the requested settings show anything these hide (which needs a moderator). */
    public boolean showsMoreThan(SafetySettings current) {
        return !current.hidingOnly(this).equals(this);
    }

    /**
     * Which of a profile's city and contact fields the public does not see: the public "suggest an edit" form
     * never shows them, so a suggestion made from it that leaves one blank keeps it (as applying it does, and
     * as the moderators' review of it says).
     */
    public record HiddenFromPublic(
            boolean city, boolean email, boolean phone, boolean postalAddress, boolean contactPerson) {}

    /** The city and contact fields these settings keep from the public. */
    public HiddenFromPublic hiddenFromPublic() {
        return new HiddenFromPublic(
                location != LocationPrecision.CITY,
                email != Visibility.PUBLIC,
                phone != Visibility.PUBLIC,
                postalAddress != Visibility.PUBLIC,
                contactPerson != Visibility.PUBLIC);
    }

    /** Whether any contact field is public. */
    public boolean anyContactPublic() {
        return email == Visibility.PUBLIC
                || phone == Visibility.PUBLIC
                || postalAddress == Visibility.PUBLIC
                || contactPerson == Visibility.PUBLIC;
    }

    /**
     * One setting: its name as the form gives it, its value, the prefix of its value's message key under
     * {@code safety.}, and how the moderation log says its value. Each method below that goes through the
     * settings reads this one list, so a new setting is added once.
     */
    private record Setting(
            String name,
            Function<SafetySettings, Object> value,
            String messagePrefix,
            Function<Object, String> logged) {

        boolean differs(SafetySettings one, SafetySettings other) {
            return !value.apply(one).equals(value.apply(other));
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("email", SafetySettings::email, "visibility.", value -> "email " + value),
            new Setting("phone", SafetySettings::phone, "visibility.", value -> "phone " + value),
            new Setting(
                    "postalAddress", SafetySettings::postalAddress, "visibility.", value -> "postal address " + value),
            new Setting(
                    "contactPerson", SafetySettings::contactPerson, "visibility.", value -> "contact person " + value),
            new Setting("logo", SafetySettings::logo, "visibility.", value -> "logo " + value),
            new Setting("location", SafetySettings::location, "location.", value -> "location " + value),
            new Setting(
                    "keptFromSearchEngines",
                    SafetySettings::keptFromSearchEngines,
                    "answer.",
                    kept -> Boolean.TRUE.equals(kept) ? "kept from search engines" : "shown to search engines"),
            new Setting(
                    "keptFromOpenData",
                    SafetySettings::keptFromOpenData,
                    "answer.",
                    kept -> Boolean.TRUE.equals(kept) ? "kept from open data" : "in open data"));

    /**
     * The settings that differ from the other's, with these values, for the moderation log
     * ("phone MODERATORS_ONLY, location COUNTRY_ONLY").
     */
    public String differencesFrom(SafetySettings other) {
        return SETTINGS.stream()
                .filter(setting -> setting.differs(this, other))
                .map(setting -> setting.logged().apply(setting.value().apply(this)))
                .collect(Collectors.joining(", "));
    }

    /**
     * The settings (as the form names them: {@code email}, {@code phone}, {@code postalAddress},
     * {@code contactPerson}, {@code logo}, {@code location}, {@code keptFromSearchEngines},
     * {@code keptFromOpenData}) that differ from the other's, for pages that say what changed.
     */
    public List<String> settingsDifferentFrom(SafetySettings other) {
        return SETTINGS.stream()
                .filter(setting -> setting.differs(this, other))
                .map(Setting::name)
                .toList();
    }

    /**
     * The message key, under {@code safety.}, of one setting's value as the form names the setting
     * ({@code visibility.PUBLIC}, {@code location.COUNTRY_ONLY}, {@code answer.true}).
     */
    public String messageKeyOf(String name) {
        Setting setting = SETTINGS.stream()
                .filter(one -> one.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such safety setting: " + name));
        return setting.messagePrefix() + setting.value().apply(this);
    }
}
