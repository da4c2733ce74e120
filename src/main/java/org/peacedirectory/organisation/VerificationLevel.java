package org.peacedirectory.organisation;

/**
 * How far the directory has checked an organisation, from nothing to the organisation's own word. Each
 * level but the first comes with the day it was given and the moderator account that gave it; it grows
 * old after {@code directory.verification.valid-for} ({@link VerificationPolicy}).
 */
public enum VerificationLevel {
    /** Nobody has checked it yet. */
    NOT_YET_VERIFIED,
    /** A moderator found independent sources that the organisation exists and is as described. */
    EXISTENCE_CONFIRMED,
    /** The organisation itself confirmed its profile (a claimed profile, accepted by a moderator). */
    CONFIRMED_BY_ORGANISATION;

    /** Any level but the first: someone checked it. */
    public boolean confirmed() {
        return this != NOT_YET_VERIFIED;
    }
}
