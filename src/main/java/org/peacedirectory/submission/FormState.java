package org.peacedirectory.submission;

import org.jspecify.annotations.Nullable;

/**
 * What the form carries from one showing to the next in hidden fields (fields {@code state.*}): the
 * signed time it was shown, the token that makes a double click one submission, the logo already kept,
 * and whether the possible duplicates were shown.
 */
public record FormState(
        @Nullable String stamp,
        @Nullable String formToken,
        @Nullable String logoToken,
        @Nullable String duplicatesAcknowledged) {

    static final FormState NONE = new FormState(null, null, null, null);

    /** A form about to be shown for the first time. */
    static FormState fresh(@Nullable String stamp, String formToken) {
        return new FormState(stamp, formToken, null, null);
    }

    boolean isDuplicateWarningSeen() {
        return SubmissionForm.isTicked(duplicatesAcknowledged);
    }
}
