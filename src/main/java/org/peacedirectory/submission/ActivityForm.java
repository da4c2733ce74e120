package org.peacedirectory.submission;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One row of the activities part of the form; a row left entirely empty is ignored. */
public record ActivityForm(
        String level,
        @Size(max = 40) String date,
        @Size(max = 2000) String text,
        @Pattern(regexp = SubmissionForm.LANGUAGES) String language) {

    static ActivityForm empty() {
        return new ActivityForm("NATIONAL", null, null, null);
    }

    boolean isEmpty() {
        return (date == null || date.isBlank()) && (text == null || text.isBlank());
    }
}
