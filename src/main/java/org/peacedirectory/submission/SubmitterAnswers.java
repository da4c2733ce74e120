package org.peacedirectory.submission;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person sending the form (fields {@code submitter.*}): who they are, how they know the organisation,
 * their consent to the privacy notice, and a note for the moderators with a suggested change.
 */
public record SubmitterAnswers(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = SubmissionForm.RELATIONSHIPS) String relationship,
        @NotBlank String consent,
        @Size(max = 2000) String noteToModerators) {

    static final SubmitterAnswers NONE = new SubmitterAnswers(null, null, null, null, null);

    /** A known submitter's details, for forms where they are not asked again; the note stays as it was. */
    SubmitterAnswers as(Submitter submitter) {
        return new SubmitterAnswers(submitter.getName(), submitter.getEmail(), submitter.getRelationship().name(),
                "true", noteToModerators);
    }

    /** The submitter as stored with the submission; call only once the form is valid. */
    Submitter toSubmitter(String language, Instant consentGivenAt) {
        return new Submitter(name, email, Relationship.valueOf(relationship), language, consentGivenAt,
                PrivacyNotice.VERSION);
    }
}
