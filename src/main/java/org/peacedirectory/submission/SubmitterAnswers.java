package org.peacedirectory.submission;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The person sending the form (fields {@code submitter.*}): who they are, how they know the organisation,
 * their consent to the privacy notice, and a note for the moderators with a suggested change.
 */
public record SubmitterAnswers(
        @NotBlank @Size(max = 120) @Nullable String name,
        @NotBlank @Email @Size(max = 254) @Nullable String email,

        @NotBlank @Pattern(regexp = SubmissionForm.RELATIONSHIPS) @Nullable
        String relationship,

        @NotBlank @Nullable String consent,
        @Size(max = 2000) @Nullable String noteToModerators) {

    static final SubmitterAnswers NONE = new SubmitterAnswers(null, null, null, null, null);

    /** A known submitter's details, for forms where they are not asked again; the note stays as it was. */
    SubmitterAnswers as(Submitter submitter) {
        return new SubmitterAnswers(
                submitter.getName(),
                submitter.getEmail(),
                submitter.getRelationship().name(),
                "true",
                noteToModerators);
    }

    /**
     * The submitter as stored with the submission; call only once the form is valid. Their note is kept
     * only with a change (the form for a new organisation does not ask for one).
     */
    Submitter toSubmitter(String language, Instant consentGivenAt, boolean withNote, String ipHash) {
        return new Submitter(
                SubmissionForm.validated(name),
                SubmissionForm.validated(email),
                Relationship.valueOf(SubmissionForm.validated(relationship)),
                language,
                consentGivenAt,
                PrivacyNotice.VERSION,
                withNote ? noteToModerators : null,
                ipHash);
    }
}
