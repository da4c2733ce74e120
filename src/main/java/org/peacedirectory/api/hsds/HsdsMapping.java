package org.peacedirectory.api.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.api.hsds.Hsds.Attribute;
import org.peacedirectory.api.hsds.Hsds.Location;
import org.peacedirectory.api.hsds.Hsds.Metadata;
import org.peacedirectory.api.hsds.Hsds.Organization;
import org.peacedirectory.api.hsds.Hsds.Phone;
import org.peacedirectory.api.hsds.Hsds.TaxonomyTerm;
import org.peacedirectory.api.hsds.Vocabulary.Kind;
import org.peacedirectory.organisation.LocalizedText;
import org.peacedirectory.organisation.OrganisationProfile.NetworkMembership;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.organisation.Prose;
import org.peacedirectory.organisation.VerificationLevel;
import org.peacedirectory.system.SiteUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published profile as an HSDS {@code organization}, in one language (the mapping field by field, and
 * what it loses: docs/hsds.md). Only what the profile page shows publicly: the contact only when the
 * organisation agreed to show it, never who verified the profile.
 */
@Component
class HsdsMapping {

    private static final String ORGANIZATION = "organization";

    private final Vocabularies vocabularies;
    private final SiteUrl siteUrl;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    HsdsMapping(Vocabularies vocabularies, SiteUrl siteUrl, MessageSource messages) {
        this.vocabularies = vocabularies;
        this.siteUrl = siteUrl;
        this.messages = messages;
    }

    /** The whole organisation: its phone, location, attributes and metadata with it. */
    Organization organization(ProfileRows.Row row, Vocabulary vocabulary, Locale locale) {
        UUID id = row.uuid();
        @Nullable String phone = row.publicPhone();
        return new Organization(
                id,
                row.name(),
                alternateName(row, locale),
                description(row, locale),
                row.publicEmail(),
                HsdsUris.of(row.website()),
                row.foundingYear(),
                row.hasLogo() ? siteUrl.of("/organisations/{slug}/logo", row.slug()) : null,
                siteUrl.of("/organisations/{slug}", row.slug()),
                phone == null ? List.of() : List.of(new Phone(HsdsIds.of(id, "phone"), id, phone)),
                List.of(location(row, vocabulary, locale)),
                attributes(row, vocabulary, locale),
                metadata(row, locale),
                List.of());
    }

    /**
     * Another name: the name in the reader's language when it is not the official one, else in another
     * language it is written in; else the acronym.
     */
    private static @Nullable String alternateName(ProfileRows.Row row, Locale locale) {
        Stream<String> languages = Stream.concat(
                Stream.of(locale.getLanguage()),
                row.prose().keySet().stream().sorted().filter(language -> !language.equals(locale.getLanguage())));
        return languages
                .map(language -> row.prose().get(language))
                .filter(Objects::nonNull)
                .map(Prose::getName)
                .filter(name -> name != null && !name.isBlank() && !name.equals(row.name()))
                .findFirst()
                .orElse(row.acronym());
    }

    /** The summary, a blank line, then the description, each in the reader's language where it exists. */
    private static String description(ProfileRows.Row row, Locale locale) {
        String text = Stream.of(row.text(locale, Prose::getSummary), row.text(locale, Prose::getDescription))
                .filter(Objects::nonNull)
                .map(LocalizedText::text)
                .reduce((summary, description) -> summary + "\n\n" + description)
                .orElse("");
        return text.isBlank() ? row.name() : text;
    }

    /** Where it is based: its city and country, the country as an attribute of the location. */
    private Location location(ProfileRows.Row row, Vocabulary vocabulary, Locale locale) {
        UUID id = HsdsIds.of(row.uuid(), "location");
        TaxonomyTerm country = vocabularies.country(vocabulary, row.countryCode(), locale);
        @Nullable String city = row.city();
        String name = city == null || city.isBlank() ? country.name() : city + ", " + country.name();
        return new Location(
                id,
                "physical",
                row.uuid(),
                name,
                List.of(attribute(id, "location", "country", country, null, row.countryCode())));
    }

    private List<Attribute> attributes(ProfileRows.Row row, Vocabulary vocabulary, Locale locale) {
        UUID id = row.uuid();
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(organisation(
                id, "based_in", vocabularies.country(vocabulary, row.countryCode(), locale), null, "based_in"));
        row.countriesOfWork().stream()
                .sorted()
                .forEach(code -> attributes.add(organisation(
                        id, "works_in", vocabularies.country(vocabulary, code, locale), null, "works_in:" + code)));
        vocabulary.terms().stream()
                .filter(term -> term.taxonomyId().equals(HsdsIds.taxonomy(Kind.THEMES.key)))
                .filter(term -> row.themes().contains(term.code()))
                .forEach(term -> attributes.add(organisation(id, "theme", term, null, "theme:" + term.code())));
        for (NetworkMembership network : row.networks()) {
            TaxonomyTerm term = vocabulary.term(
                    Kind.NETWORKS,
                    network.name(),
                    network.name(),
                    vocabularies.networkDescription(network.name(), network.acronym(), locale));
            attributes.add(organisation(
                    id,
                    "network",
                    term,
                    network.founding() ? "founding_member" : "member",
                    "network:" + network.name()));
        }
        row.activities().stream()
                .sorted(Comparator.comparingInt(ProfileRows.ActivityRow::position))
                .forEach(activity -> attributes.add(organisation(
                        id,
                        "activity",
                        known(vocabulary, Kind.ACTIVITY_LEVELS, activity.level()),
                        activityValue(activity),
                        "activity:" + activity.position())));
        @Nullable String acronym = row.acronym();
        if (acronym != null) {
            attributes.add(organisation(
                    id,
                    "profile_field",
                    known(vocabulary, Kind.PROFILE_FIELDS, Vocabularies.ACRONYM),
                    acronym,
                    "acronym"));
        }
        for (int position = 0; position < row.links().size(); position++) {
            attributes.add(organisation(
                    id,
                    "profile_field",
                    known(vocabulary, Kind.PROFILE_FIELDS, Vocabularies.LINK),
                    row.links().get(position),
                    "link:" + position));
        }
        @Nullable Instant verifiedAt = row.verifiedAt();
        attributes.add(organisation(
                id,
                "verification",
                known(vocabulary, Kind.VERIFICATION, row.verification().name()),
                row.verification().confirmed() && verifiedAt != null ? day(verifiedAt) : null,
                "verification"));
        return attributes;
    }

    /**
     * An activity as an attribute's value: JSON with its date as written (a year, a month or a day, or a
     * range of them, EDTF level 0; absent when unknown), its text, the language of the text and its place
     * in the profile's timeline.
     */
    private String activityValue(ProfileRows.ActivityRow activity) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (activity.date() != null) {
            value.put("date", activity.date());
        }
        value.put("text", activity.text());
        value.put("language", activity.language());
        value.put("position", activity.position());
        return json.writeValueAsString(value);
    }

    /**
     * What the directory records of the profile's history: its publication, its last change, its
     * verification; by "the moderators", never by name.
     */
    private List<Metadata> metadata(ProfileRows.Row row, Locale locale) {
        UUID id = row.uuid();
        String moderators = messages.getMessage("hsds.updatedBy", null, locale);
        List<Metadata> metadata = new ArrayList<>();
        metadata.add(new Metadata(
                HsdsIds.of(id, "metadata:create"),
                id,
                ORGANIZATION,
                day(row.publishedAt()),
                "create",
                "publication_status",
                "not published",
                "published",
                moderators));
        if (row.updatedAt().isAfter(row.publishedAt())) {
            metadata.add(new Metadata(
                    HsdsIds.of(id, "metadata:update"),
                    id,
                    ORGANIZATION,
                    day(row.updatedAt()),
                    "update",
                    "profile",
                    "earlier version",
                    "current version",
                    moderators));
        }
        @Nullable Instant verifiedAt = row.verifiedAt();
        if (row.verification().confirmed() && verifiedAt != null) {
            metadata.add(new Metadata(
                    HsdsIds.of(id, "metadata:verify"),
                    id,
                    ORGANIZATION,
                    day(verifiedAt),
                    "verify",
                    "verification_level",
                    VerificationLevel.NOT_YET_VERIFIED.name(),
                    row.verification().name(),
                    moderators));
        }
        return metadata;
    }

    private static TaxonomyTerm known(Vocabulary vocabulary, Kind kind, String key) {
        return vocabulary.term(kind, key).orElseThrow(() -> new IllegalStateException("No term " + kind + " " + key));
    }

    private static Attribute organisation(
            UUID organisation, String type, TaxonomyTerm term, @Nullable String value, String key) {
        return attribute(organisation, ORGANIZATION, type, term, value, key);
    }

    private static Attribute attribute(
            UUID linkId, String entity, String type, TaxonomyTerm term, @Nullable String value, String key) {
        return new Attribute(HsdsIds.of(linkId, "attribute:" + key), linkId, term.id(), type, entity, value, term);
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
