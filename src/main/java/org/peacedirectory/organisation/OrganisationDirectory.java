package org.peacedirectory.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationProfile.Entry;
import org.peacedirectory.organisation.OrganisationProfile.Place;
import org.peacedirectory.organisation.OrganisationProfile.Timeline;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published organisations for the public pages, as view records built inside one transaction. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    public static final int PAGE_SIZE = 20;
    static final int RELATED_LIMIT = 4;

    /** An activity of a profile or of a proposal, as the timelines need it. */
    private record TimelineItem(ActivityLevel level, @Nullable PartialDate date, int position, String text,
            String language) {
    }

    private static final Comparator<TimelineItem> CHRONOLOGICAL = Comparator
            .comparing(TimelineItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineItem::position);

    private final Organisations organisations;
    private final OrganisationLogos logos;
    private final ProfileCatalogue catalogue;
    private final MessageSource messages;
    private final SummaryRows summaryRows;

    OrganisationDirectory(Organisations organisations, OrganisationLogos logos, ProfileCatalogue catalogue,
            MessageSource messages, SummaryRows summaryRows) {
        this.summaryRows = summaryRows;
        this.organisations = organisations;
        this.logos = logos;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    public long countPublished() {
        return organisations.countPublished();
    }

    /** How many countries published organisations are based in. */
    public long countCountries() {
        return organisations.countCountriesWithPublished();
    }

    public OrganisationProfile profile(String slug, Locale reader) {
        Organisation organisation = organisations.findPublishedBySlug(slug)
                .orElseThrow(() -> new OrganisationNotFoundException(slug));
        Map<String, Prose> prose = organisation.getProse();
        String source = organisation.getSourceLanguage();
        return OrganisationProfile.published(organisation.getSlug())
                .name(ProseSelector.name(organisation.getName(), source, prose, reader), organisation.getAcronym())
                .verified(organisation.getVerificationStatus() == VerificationStatus.VERIFIED,
                        formatDay(organisation.getVerifiedAt(), reader))
                .hasLogo(logos.existsById(organisation.getId()))
                .texts(ProseSelector.select(source, prose, reader, Prose::getSummary),
                        ProseSelector.select(source, prose, reader, Prose::getDescription))
                .lastUpdated(formatMonth(organisation.getUpdatedAt(), reader))
                .founded(organisation.getFoundingYear(), organisation.getCity(),
                        place(organisation.getCountry(), reader))
                .countriesOfWork(organisation.getCountriesOfWork().stream()
                        .filter(country -> !country.equals(organisation.getCountry()))
                        .map(country -> place(country, reader))
                        .sorted(Comparator.comparing(Place::label))
                        .toList())
                .themes(organisation.getThemes().stream()
                        .sorted(Comparator.comparing(Theme::getPosition))
                        .map(theme -> new Place(theme.getSlug(), theme.label(reader)))
                        .toList())
                .networks(organisations.findMemberships(organisation.getId()))
                .timelines(timelines(organisation.getActivities().stream()
                                .map(activity -> new TimelineItem(activity.getLevel(), activity.getDate(),
                                        activity.getPosition(), activity.getText(), activity.getLanguage()))
                                .toList(), reader),
                        organisation.getActivities().stream()
                                .anyMatch(activity -> !activity.getLanguage().equals(reader.getLanguage())))
                .links(organisation.getWebsite(), organisation.getLinks())
                .contact(organisation.getPublicContactEmail(), organisation.getPublicContactPhone())
                .demo(organisation.isDemo())
                .related(related(organisation, reader))
                .build();
    }

    private List<OrganisationProfile.Related> related(Organisation organisation, Locale reader) {
        List<Long> ids = organisations.findRelatedIds(organisation.getId(), RELATED_LIMIT);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> byId = organisations.findAllWithCountryByIdIn(ids).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return ids.stream().map(byId::get)
                .map(other -> new OrganisationProfile.Related(summary(reader).apply(other),
                        RelationReasons.of(organisation, other, reader, messages)))
                .toList();
    }

    public List<OrganisationSummary> recentlyPublished(int count, Locale reader) {
        return summaryRows.inOrder(organisations.findRecentlyPublishedIds(count), reader);
    }

    public List<OrganisationSummary> recentlyUpdated(int count, Locale reader) {
        return summaryRows.inOrder(organisations.findRecentlyUpdatedIds(count), reader);
    }

    /** Summaries of the given organisations, in the order of the ids (one statement for any number). */
    public List<OrganisationSummary> summaries(List<Long> ids, Locale reader) {
        return summaryRows.inOrder(ids, reader);
    }

    private static List<Timeline> timelines(List<TimelineItem> activities, Locale reader) {
        Map<ActivityLevel, List<Entry>> byLevel = activities.stream()
                .sorted(CHRONOLOGICAL)
                .collect(Collectors.groupingBy(TimelineItem::level, () -> new EnumMap<>(ActivityLevel.class),
                        Collectors.mapping(activity -> entry(activity, reader), Collectors.toList())));
        return byLevel.entrySet().stream().map(level -> new Timeline(level.getKey(), level.getValue())).toList();
    }

    private static Entry entry(TimelineItem activity, Locale reader) {
        PartialDate date = activity.date();
        return new Entry(date == null ? null : date.format(reader),
                date == null || date.isRange() ? null : date.edtf(),
                activity.text(), activity.language());
    }

    /**
     * A proposal shown the way its profile would look, for moderators to review. Only what the content
     * itself says: no logo, no related organisations, no verification.
     */
    public OrganisationProfile preview(ProfileContent content, Locale reader) {
        Map<String, Prose> prose = new java.util.HashMap<>();
        content.prose().forEach((language, text) ->
                prose.put(language, new Prose(text.name(), text.summary(), text.description())));
        String source = content.sourceLanguage();
        List<TimelineItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < content.activities().size(); i++) {
            ProfileContent.Entry activity = content.activities().get(i);
            items.add(new TimelineItem(ActivityLevel.valueOf(activity.level()),
                    activity.date() == null ? null : PartialDate.parse(activity.date()), i + 1, activity.text(),
                    activity.language() == null ? source : activity.language()));
        }
        return OrganisationProfile.preview()
                .name(ProseSelector.name(content.name(), source, prose, reader), content.acronym())
                .texts(ProseSelector.select(source, prose, reader, Prose::getSummary),
                        ProseSelector.select(source, prose, reader, Prose::getDescription))
                .founded(content.foundingYear(), content.city(),
                        place(catalogue.country(content.countryCode()), reader))
                .countriesOfWork(content.countriesOfWork().stream()
                        .map(code -> place(catalogue.country(code), reader)).toList())
                .themes(content.themes().stream().map(slug -> catalogue.theme(slug))
                        .map(theme -> new Place(theme.getSlug(), theme.label(reader))).toList())
                .networks(content.networks().stream()
                        .map(network -> new OrganisationProfile.NetworkMembership(null, network, null, false)).toList())
                .timelines(timelines(items, reader),
                        items.stream().anyMatch(item -> !item.language().equals(reader.getLanguage())))
                .links(content.website(), content.links())
                .contact(content.contactPublic() ? content.contactEmail() : null,
                        content.contactPublic() ? content.contactPhone() : null)
                .build();
    }

    private static Function<Organisation, OrganisationSummary> summary(Locale reader) {
        return organisation -> summary(organisation.getSlug(), organisation.getName(), organisation.getAcronym(),
                organisation.getSourceLanguage(), organisation.getProse(), organisation.getCountry().name(reader),
                organisation.getCountry().getPathCode(),
                organisation.getVerificationStatus() == VerificationStatus.VERIFIED, organisation.isDemo(), reader);
    }

    /** A list's view of an organisation: name and summary in the reader's language where they exist. */
    static OrganisationSummary summary(String slug, String officialName, @Nullable String acronym,
            String sourceLanguage, Map<String, Prose> prose, String countryName, String countryPath, boolean verified,
            boolean demo, Locale reader) {
        return new OrganisationSummary(slug, ProseSelector.name(officialName, sourceLanguage, prose, reader), acronym,
                countryName, countryPath, ProseSelector.select(sourceLanguage, prose, reader, Prose::getSummary),
                verified, demo);
    }

    private static Place place(Country country, Locale reader) {
        return new Place(country.getPathCode(), country.name(reader));
    }

    private static String formatMonth(Instant instant, Locale reader) {
        return PartialDate.parse(YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString()).format(reader);
    }

    private static @Nullable String formatDay(@Nullable Instant instant, Locale reader) {
        if (instant == null) {
            return null;
        }
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader).format(day);
    }
}
