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
