package org.peacedirectory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ProfileRows;
import org.peacedirectory.organisation.Prose;

/**
 * Every public fact of a published profile, in every language it is written in: {@code name} is the
 * official name in the organisation's own {@code language}, {@code names}, {@code summary} and
 * {@code description} map a language tag (BCP 47) to the text in it. Activities in the profile's order,
 * each with its level, its date as written (a year, a year and month, or a day: ISO 8601 / EDTF level 0;
 * null when unknown) and the language of its text. The contact only when the organisation agreed to
 * show it.
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
            @Nullable String profileUrl) {}

    /** One activity: {@code level} is LOCAL, NATIONAL, REGIONAL or INTERNATIONAL. */
    record Activity(String level, @Nullable String date, String text, String language) {}

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
                row.publicEmail() == null && row.publicPhone() == null
                        ? null
                        : new Contact(row.publicEmail(), row.publicPhone()),
                texts(row.prose(), Prose::getSummary),
                texts(row.prose(), Prose::getDescription),
                row.networks().stream()
                        .map(network -> new Membership(
                                network.name(),
                                network.acronym(),
                                network.founding(),
                                network.profileSlug() == null ? null : profileUrl.apply(network.profileSlug())))
                        .toList(),
                row.activities().stream()
                        .map(activity ->
                                new Activity(activity.level(), activity.date(), activity.text(), activity.language()))
                        .toList(),
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
