package org.peacedirectory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Fact;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.organisation.Prose;

/**
 * Every public fact of a published profile, in every language it is written in: {@code name} is the
 * official name in the organisation's own {@code language}, {@code names}, {@code summary} and
 * {@code description} map a language tag (BCP 47) to the text in it. Activities in the profile's order,
 * each with its level, its date as written (a year, a year and month, or a day: ISO 8601 / EDTF level 0;
 * null when unknown) and the language of its text. The contact only when the organisation agreed to
 * show it. Each fact may name its source ({@code sources}, and each membership's and activity's
 * {@code source}).
 */
record OrganisationDetail(
        String slug,
        String url,
        String name,
        String language,
        Map<String, String> names,
        @Nullable String acronym,
        @Nullable Integer founded,
        @Nullable String city,
        String country,
        List<String> worksIn,
        List<String> themes,
        @Nullable String website,
        List<String> links,
        @Nullable Contact contact,
        Map<String, String> summary,
        Map<String, String> description,
        List<Membership> networks,
        List<Activity> activities,
        Sources sources,
        Verification verification,
        Instant updated,
        boolean demo,
        Licence licence) {

    record Contact(@Nullable String email, @Nullable String phone) {}

    /** A network the organisation belongs to; {@code profileUrl} when the network has a profile here. */
    record Membership(
            String name,
            @Nullable String acronym,
            boolean founding,
            @Nullable String profileUrl,
            @Nullable Source source) {}

    /** One activity: {@code level} is LOCAL, NATIONAL, REGIONAL or INTERNATIONAL. */
    record Activity(
            String level,
            @Nullable String date,
            String text,
            String language,
            @Nullable Source source) {}

    /**
     * Where a fact comes from: a web address ({@code url}), a document's {@code title}, or both (at least
     * one is given), and the day someone checked the fact against it ({@code checked}, null when not said).
     */
    record Source(
            @Nullable String url,
            @Nullable String title,
            @Nullable LocalDate checked) {

        static @Nullable Source of(org.peacedirectory.organisation.@Nullable Source source) {
            return source == null ? null : new Source(source.url(), source.title(), source.checked());
        }
    }

    /**
     * The sources of the single-valued facts, each null when none is named: {@code founded} (the founding
     * year), {@code place} (city and country), {@code website} and {@code contact} (only with the contact).
     * Those of activities and network memberships are on each of them.
     */
    record Sources(
            @Nullable Source founded,
            @Nullable Source place,
            @Nullable Source website,
            @Nullable Source contact) {}

    /**
     * {@code level}: NOT_YET_VERIFIED, EXISTENCE_CONFIRMED or CONFIRMED_BY_ORGANISATION; for a confirmed one
     * the day it was given ({@code verifiedOn}) and the first day it counts as old, to be checked again
     * ({@code validUntil}). {@code status} (VERIFIED for any confirmed level, else NOT_VERIFIED) is what
     * the API said before the levels.
     */
    record Verification(
            String level,
            String status,
            @Nullable LocalDate verifiedOn,
            @Nullable LocalDate validUntil) {}

    /**
     * The profile's record; {@code profileUrl} makes the address of a profile from its slug, {@code validUntil}
     * the first day a verification given then counts as old.
     */
    static OrganisationDetail of(
            ProfileRows.Row row, Function<String, String> profileUrl, Function<Instant, LocalDate> validUntil) {
        @Nullable Instant verifiedAt = row.verifiedAt();
        @Nullable
        Contact contact = row.publicEmail() == null && row.publicPhone() == null
                ? null
                : new Contact(row.publicEmail(), row.publicPhone());
        return new OrganisationDetail(
                row.slug(),
                profileUrl.apply(row.slug()),
                row.name(),
                row.sourceLanguage(),
                texts(row.prose(), Prose::getName),
                row.acronym(),
                row.foundingYear(),
                row.city(),
                row.countryCode(),
                row.countriesOfWork().stream().sorted().toList(),
                row.themes().stream().sorted().toList(),
                row.website(),
                row.links(),
                contact,
                texts(row.prose(), Prose::getSummary),
                texts(row.prose(), Prose::getDescription),
                row.networks().stream()
                        .map(network -> new Membership(
                                network.name(),
                                network.acronym(),
                                network.founding(),
                                network.profileSlug() == null ? null : profileUrl.apply(network.profileSlug()),
                                Source.of(network.source())))
                        .toList(),
                row.activities().stream()
                        .map(activity -> new Activity(
                                activity.level(),
                                activity.date(),
                                activity.text(),
                                activity.language(),
                                Source.of(activity.source())))
                        .toList(),
                new Sources(
                        Source.of(row.sources().get(Fact.FOUNDING_YEAR)),
                        Source.of(row.sources().get(Fact.PLACE)),
                        Source.of(row.sources().get(Fact.WEBSITE)),
                        // The record's contact is the email and the phone: its source only with one of them.
                        contact == null ? null : Source.of(row.sources().get(Fact.CONTACT))),
                new Verification(
                        row.verification().name(),
                        row.verification().confirmed() ? "VERIFIED" : "NOT_VERIFIED",
                        verifiedAt == null ? null : LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC),
                        verifiedAt == null ? null : validUntil.apply(verifiedAt)),
                row.updatedAt(),
                row.demo(),
                Licence.DATA);
    }

    /** The languages that have this text, each with it. */
    private static Map<String, String> texts(Map<String, Prose> prose, Function<Prose, @Nullable String> text) {
        Map<String, String> texts = new TreeMap<>();
        prose.forEach((language, written) -> {
            @Nullable String value = text.apply(written);
            if (value != null) {
                texts.put(language, value);
            }
        });
        return texts;
    }
}
