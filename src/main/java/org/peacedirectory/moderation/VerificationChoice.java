package org.peacedirectory.moderation;

/** What an approval does to the organisation's verification badge. */
public enum VerificationChoice {
    KEEP,
    VERIFIED,
    NOT_VERIFIED
}
