package org.peacedirectory.organisation;

/** Whether moderators have confirmed that the organisation exists and that its profile is accurate. */
public enum VerificationStatus {
    NOT_VERIFIED,
    VERIFIED
}
