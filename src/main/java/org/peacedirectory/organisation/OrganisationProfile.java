package org.peacedirectory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Everything the public profile page shows, read in one transaction. */
public record OrganisationProfile(
        @Nullable String slug,
        LocalizedText name,
        @Nullable String acronym,
        Verification verification,
        boolean hasLogo,
        @Nullable LocalizedText summary,
        @Nullable String lastUpdated,
        @Nullable LocalizedText description,
        @Nullable Integer foundingYear,
        @Nullable String city,
        Place country,
        List<Place> countriesOfWork,
        List<Place> themes,
        List<ProfileNetwork> networks,
        List<Timeline> timelines,
        boolean someActivitiesInOtherLanguages,
        @Nullable String website,
        List<String> links,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactPostalAddress,
        @Nullable String contactPerson,
        boolean keptFromSearchEngines,
        boolean demo,
        boolean managedByOrganisation,
        List<Related> related,
        SourceNotes notes) {

    /** A published organisation's profile, to fill in by name. */
    static Builder published(String slug) {
        return new Builder(slug);
    }

    /**
     * A proposal shown the way its profile would look: only what the content itself says (no address, logo,
     * badge, dates, demo mark or related organisations).
     */
    static Builder preview() {
        return new Builder(null);
    }

    /** Collects a profile's parts by name; what is not given stays empty (false, null or no entries). */
    static final class Builder {

        private final @Nullable String slug;
        private @Nullable LocalizedText name;
        private @Nullable String acronym;
        private Verification verification = Verification.NONE;
        private boolean hasLogo;
        private @Nullable LocalizedText summary;
        private @Nullable String lastUpdated;
        private @Nullable LocalizedText description;
        private @Nullable Integer foundingYear;
        private @Nullable String city;
        private @Nullable Place country;
        private List<Place> countriesOfWork = List.of();
        private List<Place> themes = List.of();
        private List<ProfileNetwork> networks = List.of();
        private List<Timeline> timelines = List.of();
        private boolean someActivitiesInOtherLanguages;
        private @Nullable String website;
        private List<String> links = List.of();
        private @Nullable String contactEmail;
        private @Nullable String contactPhone;
        private @Nullable String contactPostalAddress;
        private @Nullable String contactPerson;
        private boolean keptFromSearchEngines;
        private boolean demo;
        private boolean managedByOrganisation;
        private List<Related> related = List.of();
        private Map<Fact, Source> sources = Map.of();

        private Locale reader = Locale.ENGLISH;

        private Builder(@Nullable String slug) {
            this.slug = slug;
        }

        /** The reader, for the days sources were checked. */
        Builder reader(Locale reader) {
            this.reader = reader;
            return this;
        }

        Builder name(LocalizedText name, @Nullable String acronym) {
            this.name = name;
            this.acronym = acronym;
            return this;
        }

        Builder verification(Verification verification) {
            this.verification = verification;
            return this;
        }

        Builder hasLogo(boolean hasLogo) {
            this.hasLogo = hasLogo;
            return this;
        }

        Builder texts(@Nullable LocalizedText summary, @Nullable LocalizedText description) {
            this.summary = summary;
            this.description = description;
            return this;
        }

        Builder lastUpdated(String lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        Builder founded(@Nullable Integer foundingYear, @Nullable String city, Place country) {
            this.foundingYear = foundingYear;
            this.city = city;
            this.country = country;
            return this;
        }

        Builder countriesOfWork(List<Place> countriesOfWork) {
            this.countriesOfWork = countriesOfWork;
            return this;
        }

        Builder themes(List<Place> themes) {
            this.themes = themes;
            return this;
        }

        Builder networks(List<ProfileNetwork> networks) {
            this.networks = networks;
            return this;
        }

        Builder timelines(List<Timeline> timelines, boolean someActivitiesInOtherLanguages) {
            this.timelines = timelines;
            this.someActivitiesInOtherLanguages = someActivitiesInOtherLanguages;
            return this;
        }

        Builder links(@Nullable String website, List<String> links) {
            this.website = website;
            this.links = links;
            return this;
        }

        /** The contact details readers may see (each null when hidden). */
        Builder contact(
                @Nullable String contactEmail,
                @Nullable String contactPhone,
                @Nullable String contactPostalAddress,
                @Nullable String contactPerson) {
            this.contactEmail = contactEmail;
            this.contactPhone = contactPhone;
            this.contactPostalAddress = contactPostalAddress;
            this.contactPerson = contactPerson;
            return this;
        }

        /** The page asks search engines not to index it ({@code noindex}). */
        Builder keptFromSearchEngines(boolean keptFromSearchEngines) {
            this.keptFromSearchEngines = keptFromSearchEngines;
            return this;
        }

        Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        /** Whether the organisation manages the profile (an accepted claim). */
        Builder managedByOrganisation(boolean managedByOrganisation) {
            this.managedByOrganisation = managedByOrganisation;
            return this;
        }

        Builder related(List<Related> related) {
            this.related = related;
            return this;
        }

        /** The sources of its single-valued facts (those of activities and memberships come with them). */
        Builder sources(Map<Fact, Source> sources) {
            this.sources = sources;
            return this;
        }

        OrganisationProfile build() {
            return new OrganisationProfile(
                    slug,
                    Objects.requireNonNull(name, "every profile is given its name"),
                    acronym,
                    verification,
                    hasLogo,
                    summary,
                    lastUpdated,
                    description,
                    foundingYear,
                    city,
                    Objects.requireNonNull(country, "every profile is given its country"),
                    countriesOfWork,
                    themes,
                    networks,
                    timelines,
                    someActivitiesInOtherLanguages,
                    website,
                    links,
                    contactEmail,
                    contactPhone,
                    contactPostalAddress,
                    contactPerson,
                    keptFromSearchEngines,
                    demo,
                    managedByOrganisation,
                    related,
                    SourceNotes.of(
                            foundingYear == null ? null : sources.get(Fact.FOUNDING_YEAR),
                            sources.get(Fact.PLACE),
                            networks,
                            website == null ? null : sources.get(Fact.WEBSITE),
                            contactEmail == null
                                            && contactPhone == null
                                            && contactPostalAddress == null
                                            && contactPerson == null
                                    ? null
                                    : sources.get(Fact.CONTACT),
                            timelines,
                            reader));
        }
    }

    /**
     * The badge: the level, and for a confirmed one the day it was given (as the reader reads it, and as
     * ISO 8601 for {@code <time>}), its month, and whether it is old (to be checked again).
     */
    public record Verification(
            VerificationLevel level,
            @Nullable String day,
            @Nullable String month,
            @Nullable String isoDay,
            boolean old) {

        static final Verification NONE = new Verification(VerificationLevel.NOT_YET_VERIFIED, null, null, null, false);
    }

    /** An organisation close to this one, and why ("also works in Mali on small arms control"). */
    public record Related(
            OrganisationSummary organisation, @Nullable String reason) {}

    /** A country or a theme, with its label in the reader's language and the path segment of its page. */
    public record Place(String path, String label) {}

    /**
     * A network the organisation belongs to, as stored: its official name and acronym (in {@code language}),
     * the slug of its own profile when it has one, the role, the address of its page ({@code slug}), and its
     * official names in other languages, and the source that says it is a member (or null).
     */
    public record NetworkMembership(
            @Nullable String acronym,
            String name,
            @Nullable String profileSlug,
            boolean founding,
            String slug,
            String language,
            Map<String, OfficialName> otherNames,
            @Nullable Source source) {

        /** The name and acronym for a reader: the official ones in their language if it has them. */
        public ProfileNetwork forReader(Locale reader) {
            OfficialName translated = otherNames.get(reader.getLanguage());
            return translated == null
                    ? new ProfileNetwork(slug, name, acronym, language, founding, source)
                    : new ProfileNetwork(
                            slug, translated.name(), translated.acronym(), reader.getLanguage(), founding, source);
        }
    }

    /** A network's official name and acronym in a language. */
    public record OfficialName(String name, @Nullable String acronym) {}

    /**
     * A network as a profile shows it: its page's address (none in a preview), its name and acronym in the
     * reader's language when it has an official one there, else in its own {@code language}.
     */
    public record ProfileNetwork(
            @Nullable String slug,
            String name,
            @Nullable String acronym,
            String language,
            boolean founding,
            @Nullable Source source) {}

    /** The activities of one level, in chronological order, undated ones last. */
    public record Timeline(ActivityLevel level, List<Entry> entries) {}

    /** One activity; {@code date} is null when unknown, {@code source} when none is named. */
    public record Entry(
            @Nullable String date,
            @Nullable String machineDate,
            String text,
            String language,
            @Nullable Source source) {}
}
