package org.peacedirectory.organisation;

/** How precisely the public sees where an organisation is based. */
public enum LocationPrecision {
    /** Its city and country. */
    CITY,
    /** Its country only: the city is for moderators only. */
    COUNTRY_ONLY;

    /** The less precise of the two. */
    LocationPrecision vaguerEither(LocationPrecision other) {
        return this == COUNTRY_ONLY || other == COUNTRY_ONLY ? COUNTRY_ONLY : CITY;
    }
}
