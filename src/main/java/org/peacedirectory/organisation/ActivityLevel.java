package org.peacedirectory.organisation;

/** The scale at which an activity took place; profiles show one timeline per level, in this order. */
public enum ActivityLevel {
    LOCAL,
    NATIONAL,
    REGIONAL,
    INTERNATIONAL
}
