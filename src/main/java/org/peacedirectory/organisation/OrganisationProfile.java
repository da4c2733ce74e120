package org.peacedirectory.organisation;

import java.util.List;

/** Everything the public profile page shows, read in one transaction. */
public record OrganisationProfile(
        String slug,
        LocalizedText name,
        String acronym,
        boolean verified,
        String verifiedOn,
        boolean hasLogo,
        LocalizedText summary,
        String lastUpdated,
        LocalizedText description,
        Integer foundingYear,
        String city,
        Place country,
        List<Place> countriesOfWork,
        List<Place> themes,
        List<NetworkMembership> networks,
        List<Timeline> timelines,
        boolean someActivitiesInOtherLanguages,
        String website,
        List<String> links,
        String contactEmail,
        String contactPhone,
        boolean demo,
        List<Related> related) {

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

        private final String slug;
        private LocalizedText name;
        private String acronym;
        private boolean verified;
        private String verifiedOn;
        private boolean hasLogo;
        private LocalizedText summary;
        private String lastUpdated;
        private LocalizedText description;
        private Integer foundingYear;
        private String city;
        private Place country;
        private List<Place> countriesOfWork = List.of();
        private List<Place> themes = List.of();
        private List<NetworkMembership> networks = List.of();
        private List<Timeline> timelines = List.of();
        private boolean someActivitiesInOtherLanguages;
        private String website;
        private List<String> links = List.of();
        private String contactEmail;
        private String contactPhone;
        private boolean demo;
        private List<Related> related = List.of();

        private Builder(String slug) {
            this.slug = slug;
        }

        Builder name(LocalizedText name, String acronym) {
            this.name = name;
            this.acronym = acronym;
            return this;
        }

        /** The badge, and the day it was given (null when it was not). */
        Builder verified(boolean verified, String verifiedOn) {
            this.verified = verified;
            this.verifiedOn = verifiedOn;
            return this;
        }

        Builder hasLogo(boolean hasLogo) {
            this.hasLogo = hasLogo;
            return this;
        }

        Builder texts(LocalizedText summary, LocalizedText description) {
            this.summary = summary;
            this.description = description;
            return this;
        }

        Builder lastUpdated(String lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        Builder founded(Integer foundingYear, String city, Place country) {
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

        Builder networks(List<NetworkMembership> networks) {
            this.networks = networks;
            return this;
        }

        Builder timelines(List<Timeline> timelines, boolean someActivitiesInOtherLanguages) {
            this.timelines = timelines;
            this.someActivitiesInOtherLanguages = someActivitiesInOtherLanguages;
            return this;
        }

        Builder links(String website, List<String> links) {
            this.website = website;
            this.links = links;
            return this;
        }

        /** The contact details readers may see (null when private). */
        Builder contact(String contactEmail, String contactPhone) {
            this.contactEmail = contactEmail;
            this.contactPhone = contactPhone;
            return this;
        }

        Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        Builder related(List<Related> related) {
            this.related = related;
            return this;
        }

        OrganisationProfile build() {
            return new OrganisationProfile(slug, name, acronym, verified, verifiedOn, hasLogo, summary, lastUpdated,
                    description, foundingYear, city, country, countriesOfWork, themes, networks, timelines,
                    someActivitiesInOtherLanguages, website, links, contactEmail, contactPhone, demo, related);
        }
    }

    /** An organisation close to this one, and why ("also works in Mali on small arms control"). */
    public record Related(OrganisationSummary organisation, String reason) {
    }

    /** A country or a theme, with its label in the reader's language and the path segment of its page. */
    public record Place(String path, String label) {
    }

    /** A network the organisation belongs to, linked to its profile when it has one. */
    public record NetworkMembership(String acronym, String name, String profileSlug, boolean founding) {

        /** For the query that reads a profile's memberships in one statement. */
        public NetworkMembership(String acronym, String name, String profileSlug, MembershipRole role) {
            this(acronym, name, profileSlug, role == MembershipRole.FOUNDING_MEMBER);
        }
    }

    /** The activities of one level, in chronological order, undated ones last. */
    public record Timeline(ActivityLevel level, List<Entry> entries) {
    }

    /** One activity; {@code date} is null when unknown. */
    public record Entry(String date, String machineDate, String text, String language) {
    }
}
