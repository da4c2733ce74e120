package org.peacedirectory.submission;

/** The privacy notice submitters agree to; its version is stored with each consent. */
final class PrivacyNotice {

    /** Change it whenever the notice's text (privacy.* messages) changes in substance. */
    static final String VERSION = "2026-11";

    private PrivacyNotice() {}
}
