package org.peacedirectory.moderationlog;

/** Every kind of moderator action the log records. */
public enum ModerationAction {
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    SUBMISSION_CLAIMED,
    SUBMISSION_TAKEN_OVER,
    SUBMISSION_EDITED,
    SUBMISSION_APPROVED,
    SUBMISSION_REJECTED,
    CHANGES_REQUESTED,
    SUBMISSION_RESUBMITTED,
    MARKED_SPAM,
    /** A moderator confirmed that the organisation exists (the name from before the levels). */
    ORGANISATION_VERIFIED,
    /** A moderator withdrew the verification (the name from before the levels). */
    ORGANISATION_UNVERIFIED,
    /** A moderator checked a verified profile again. */
    ORGANISATION_REVERIFIED,
    /** The organisation confirmed its own profile, accepted by a moderator. */
    ORGANISATION_CONFIRMED_BY_ORGANISATION,
    ORGANISATION_ROLLED_BACK,
    /** Something of a profile was hidden from the public (safety controls): at once, by anyone allowed. */
    PROFILE_SAFETY_HIDDEN,
    /** A moderator made something of a profile public again (safety controls). */
    PROFILE_SAFETY_SHOWN,
    /** Someone who is not a moderator asked to make something public again: waits for a moderator. */
    PROFILE_SAFETY_SHOWING_REQUESTED,
    /** A moderator accepted a request to make something public again. */
    PROFILE_SAFETY_SHOWING_APPROVED,
    /** A moderator refused a request to make something public again. */
    PROFILE_SAFETY_SHOWING_REFUSED,
    /** A moderator set a profile's safety controls while a request to make something public again waited: it goes. */
    PROFILE_SAFETY_SHOWING_SUPERSEDED,
    /** A moderator marked a country as high-risk: new profiles there start hidden. */
    COUNTRY_MARKED_HIGH_RISK,
    /** A moderator removed a country from the high-risk list. */
    COUNTRY_UNMARKED_HIGH_RISK,
    // Claimed profiles (issue 17, item 2).
    /** Someone claimed a profile as its organisation (not yet confirmed by mail). */
    CLAIM_MADE,
    /** The claimant confirmed the claim through the link mailed to them. */
    CLAIM_CONFIRMED,
    /** A moderator accepted a confirmed claim: the profile is managed by the organisation. */
    CLAIM_ACCEPTED,
    /** A moderator rejected a confirmed claim. */
    CLAIM_REJECTED,
    /** A moderator revoked an accepted claim. */
    CLAIM_REVOKED,
    SECOND_FACTOR_ENABLED,
    SECOND_FACTOR_DISABLED,
    SECOND_FACTOR_REMOVED,
    SECOND_FACTOR_REQUIRED,
    SECOND_FACTOR_MADE_OPTIONAL,
    RECOVERY_CODE_USED,
    SEARCH_INDEX_REBUILT,
    /** A moderator acted on a reader's report of a problem with a profile. */
    REPORT_RESOLVED,
    /** A moderator found nothing to do about a reader's report. */
    REPORT_DISMISSED
}
