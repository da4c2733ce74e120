package org.peacedirectory.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationProfile.Place;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published organisations for the public pages, as view records built inside one transaction. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    public static final int PAGE_SIZE = 20;

    /** The organisations published last and those updated last, newest first. */
    public record Recent(List<OrganisationSummary> published, List<OrganisationSummary> updated) {}

    private final Organisations organisations;
    private final ProfileRows profileRows;
    private final RelatedOrganisations related;
    private final ProfileCatalogue catalogue;
    private final TaxonomyLists taxonomy;
    private final SummaryRows summaryRows;
    private final VerificationPolicy verificationPolicy;

    OrganisationDirectory(
            Organisations organisations,
            ProfileRows profileRows,
            RelatedOrganisations related,
            ProfileCatalogue catalogue,
            TaxonomyLists taxonomy,
            SummaryRows summaryRows,
            VerificationPolicy verificationPolicy) {
        this.organisations = organisations;
        this.profileRows = profileRows;
        this.related = related;
        this.catalogue = catalogue;
        this.taxonomy = taxonomy;
        this.summaryRows = summaryRows;
        this.verificationPolicy = verificationPolicy;
    }

    /**
     * A published profile in at most three statements: its content (one), and the organisations related to
     * it (two, kept until the next publish: see {@link RelatedOrganisations}).
     */
    public OrganisationProfile profile(String slug, Locale reader) {
        ProfileRows.Row organisation =
                profileRows.published(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
        Map<String, Prose> prose = organisation.prose();
        String source = organisation.sourceLanguage();
        Country country = country(organisation.countryCode());
        List<ProfileTimelines.Item> activities = organisation.activities().stream()
                .map(activity -> new ProfileTimelines.Item(
                        ActivityLevel.valueOf(activity.level()),
                        activity.date() == null ? null : PartialDate.parse(activity.date()),
                        activity.position(),
                        activity.text(),
                        activity.language(),
                        activity.source()))
                .toList();
        return OrganisationProfile.published(organisation.slug())
                .reader(reader)
                .name(ProseSelector.name(organisation.name(), source, prose, reader), organisation.acronym())
                .verification(verification(organisation.verification(), organisation.verifiedAt(), reader))
                .hasLogo(organisation.hasLogo())
                .texts(
                        ProseSelector.select(source, prose, reader, Prose::getSummary),
                        ProseSelector.select(source, prose, reader, Prose::getDescription))
                .lastUpdated(formatMonth(organisation.updatedAt(), reader))
                .founded(organisation.foundingYear(), organisation.city(), place(country, reader))
                .countriesOfWork(organisation.countriesOfWork().stream()
                        .filter(code -> !code.equals(country.getCode()))
                        .map(code -> place(country(code), reader))
                        .sorted(Comparator.comparing(Place::label))
                        .toList())
                .themes(organisation.themes().stream()
                        .map(themeSlug -> taxonomy.theme(themeSlug).orElseThrow())
                        .sorted(Comparator.comparing(Theme::getPosition))
                        .map(theme -> new Place(theme.getSlug(), theme.label(reader)))
                        .toList())
                .networks(organisation.networks().stream()
                        .map(network -> network.forReader(reader))
                        .toList())
                .timelines(ProfileTimelines.of(activities, reader), ProfileTimelines.anyNotIn(reader, activities))
                .links(organisation.website(), organisation.links())
                .contact(
                        organisation.publicEmail(),
                        organisation.publicPhone(),
                        organisation.publicPostalAddress(),
                        organisation.publicContactPerson())
                .keptFromSearchEngines(organisation.keptFromSearchEngines())
                .demo(organisation.demo())
                .managedByOrganisation(organisation.managedByOrganisation())
                .related(related.of(organisation.id(), reader))
                .sources(organisation.sources())
                .build();
    }

    /** The last {@code count} organisations published and updated, their summaries read in one statement. */
    public Recent recent(int count, Locale reader) {
        List<Long> published = organisations.findRecentlyPublishedIds(count);
        List<Long> updated = organisations.findRecentlyUpdatedIds(count);
        Map<Long, OrganisationSummary> summaries = summaryRows.byId(
                Stream.concat(published.stream(), updated.stream()).distinct().toList(), reader);
        return new Recent(inOrder(published, summaries), inOrder(updated, summaries));
    }

    /** Summaries of the given organisations, in the order of the ids (one statement for any number). */
    public List<OrganisationSummary> summaries(List<Long> ids, Locale reader) {
        return inOrder(ids, summaryRows.byId(ids, reader));
    }

    private static List<OrganisationSummary> inOrder(List<Long> ids, Map<Long, OrganisationSummary> summaries) {
        return ids.stream().map(summaries::get).filter(Objects::nonNull).toList();
    }

    private Country country(String code) {
        return taxonomy.country(code).orElseThrow();
    }

    /**
     * A proposal shown the way its profile would look, for moderators to review. Only what the content
     * itself says: no logo, no related organisations, no verification.
     */
    public OrganisationProfile preview(ProfileContent content, Locale reader) {
        Map<String, Prose> prose = new java.util.HashMap<>();
        content.prose()
                .forEach((language, text) ->
                        prose.put(language, new Prose(text.name(), text.summary(), text.description())));
        String source = content.sourceLanguage();
        List<ProfileTimelines.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < content.activities().size(); i++) {
            ProfileContent.Entry activity = content.activities().get(i);
            items.add(new ProfileTimelines.Item(
                    ActivityLevel.valueOf(activity.level()),
                    activity.date() == null ? null : PartialDate.parse(activity.date()),
                    i + 1,
                    activity.text(),
                    activity.language() == null ? source : activity.language(),
                    activity.source()));
        }
        return OrganisationProfile.preview()
                .reader(reader)
                .name(ProseSelector.name(content.name(), source, prose, reader), content.acronym())
                .texts(
                        ProseSelector.select(source, prose, reader, Prose::getSummary),
                        ProseSelector.select(source, prose, reader, Prose::getDescription))
                .founded(
                        content.foundingYear(), content.city(), place(catalogue.country(content.countryCode()), reader))
                .countriesOfWork(content.countriesOfWork().stream()
                        .map(code -> place(catalogue.country(code), reader))
                        .toList())
                .themes(content.themes().stream()
                        .map(slug -> catalogue.theme(slug))
                        .map(theme -> new Place(theme.getSlug(), theme.label(reader)))
                        .toList())
                .networks(content.networks().stream()
                        .map(network -> new OrganisationProfile.ProfileNetwork(
                                null,
                                network,
                                null,
                                source,
                                false,
                                content.sources().ofNetwork(network)))
                        .toList())
                .timelines(ProfileTimelines.of(items, reader), ProfileTimelines.anyNotIn(reader, items))
                .links(content.website(), content.links())
                .contact(
                        content.contactPublic() ? content.contactEmail() : null,
                        content.contactPublic() ? content.contactPhone() : null,
                        content.contactPublic() ? content.contactPostalAddress() : null,
                        content.contactPublic() ? content.contactPerson() : null)
                .sources(content.sources().facts())
                .build();
    }

    /** A list's view of an organisation: name and summary in the reader's language where they exist. */
    static OrganisationSummary summary(
            String slug,
            String officialName,
            @Nullable String acronym,
            String sourceLanguage,
            Map<String, Prose> prose,
            String countryName,
            String countryPath,
            VerificationLevel verification,
            boolean verificationOld,
            boolean demo,
            Locale reader) {
        return new OrganisationSummary(
                slug,
                ProseSelector.name(officialName, sourceLanguage, prose, reader),
                acronym,
                countryName,
                countryPath,
                ProseSelector.select(sourceLanguage, prose, reader, Prose::getSummary),
                verification,
                verificationOld,
                demo);
    }

    private static Place place(Country country, Locale reader) {
        return new Place(country.getPathCode(), country.name(reader));
    }

    private static String formatMonth(Instant instant, Locale reader) {
        return PartialDate.parse(YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString())
                .format(reader);
    }

    /** The badge of a profile at that level, verified then (UTC days and months). */
    private OrganisationProfile.Verification verification(
            VerificationLevel level, @Nullable Instant verifiedAt, Locale reader) {
        if (!level.confirmed() || verifiedAt == null) {
            return OrganisationProfile.Verification.NONE;
        }
        LocalDate day = verifiedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return new OrganisationProfile.Verification(
                level,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(reader)
                        .format(day),
                formatMonth(verifiedAt, reader),
                day.toString(),
                verificationPolicy.isOld(level, verifiedAt));
    }
}
