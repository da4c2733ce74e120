package org.peacedirectory.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who sent a submission, seen by moderators only, with the consent they gave and when. */
@Embeddable
public class Submitter {

    @Column(name = "submitter_name", nullable = false)
    private String name;

    @Column(name = "submitter_email", nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_relationship", nullable = false)
    private Relationship relationship;

    /** The language they used the site in: messages to them are written in it. */
    @Column(name = "submitter_language", nullable = false, length = 8)
    private String language;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "privacy_notice_version", nullable = false)
    private String privacyNoticeVersion;

    /** What they wrote to the moderators about a change (a new organisation's form does not ask). */
    @Column(name = "note_to_moderators")
    private @Nullable String noteToModerators;

    /** A keyed hash of the address they sent it from, never the address itself. */
    @Column(name = "ip_hash")
    private @Nullable String ipHash;

    protected Submitter() {}

    Submitter(
            String name,
            String email,
            Relationship relationship,
            String language,
            Instant consentGivenAt,
            String privacyNoticeVersion,
            @Nullable String noteToModerators,
            @Nullable String ipHash) {
        this.name = name;
        this.email = email;
        this.relationship = relationship;
        this.language = language;
        this.consentGivenAt = consentGivenAt;
        this.privacyNoticeVersion = privacyNoticeVersion;
        this.noteToModerators = noteToModerators;
        this.ipHash = ipHash;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public @Nullable String getNoteToModerators() {
        return noteToModerators;
    }
}
