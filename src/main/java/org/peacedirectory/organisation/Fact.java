package org.peacedirectory.organisation;

/**
 * A fact of a profile that has one value and may name its source in {@code fact_source}. Facts with many
 * values (activities, network memberships) carry their source on their own rows.
 */
public enum Fact {
    FOUNDING_YEAR,
    PLACE,
    WEBSITE,
    CONTACT
}
