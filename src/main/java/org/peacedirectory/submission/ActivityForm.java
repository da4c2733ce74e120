package org.peacedirectory.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.PartialDate;
import org.peacedirectory.organisation.ProfileContent;

/** One row of the activities part of the form; a row left entirely empty is ignored. */
public record ActivityForm(
        @Nullable String level,
        @Size(max = 40) @Nullable String date,
        @Size(max = 2000) @Nullable String text,

        @Pattern(regexp = SubmissionForm.LANGUAGES) @Nullable
        String language,

        @Valid SourceForm source) {

    public ActivityForm {
        source = source == null ? SourceForm.EMPTY : source;
    }

    static ActivityForm empty() {
        return new ActivityForm("NATIONAL", null, null, null, SourceForm.EMPTY);
    }

    static ActivityForm of(ProfileContent.Entry activity) {
        return new ActivityForm(
                activity.level(),
                activity.date(),
                activity.text(),
                activity.language(),
                SourceForm.of(activity.source()));
    }

    /** Nothing typed in the row (a source alone is not nothing: its text is then missing). */
    boolean isEmpty() {
        return (date == null || date.isBlank()) && (text == null || text.isBlank()) && source.isEmpty();
    }

    /** The row as a timeline entry; call only once its date parses. */
    ProfileContent.Entry toEntry(String sourceLanguage) {
        return new ProfileContent.Entry(
                SubmissionForm.validated(level),
                date == null ? null : PartialDate.parse(date).edtf(),
                SubmissionForm.validated(text),
                // An activity keeps the language it was written in; a new one is in the source language.
                language == null ? sourceLanguage : language,
                source.toSource());
    }
}
