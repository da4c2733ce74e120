package org.peacedirectory.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ProfileContent;

/**
 * What the organisation does, in words (fields {@code prose.*}): the summary and description in the
 * language they were written in, and optionally a translation into one other language.
 */
public record ProseAnswers(
        @NotBlank @Pattern(regexp = SubmissionForm.LANGUAGES) @Nullable
        String sourceLanguage,

        @NotBlank @Size(max = 300) @Nullable String summary,
        @Size(max = 20000) @Nullable String description,

        @Pattern(regexp = SubmissionForm.LANGUAGES) @Nullable
        String translationLanguage,

        @Size(max = 300) @Nullable String translatedName,
        @Size(max = 300) @Nullable String translatedSummary,
        @Size(max = 20000) @Nullable String translatedDescription) {

    /** Nothing written yet, in the reader's language. */
    static ProseAnswers blank(@Nullable String sourceLanguage) {
        return new ProseAnswers(sourceLanguage, null, null, null, null, null, null);
    }

    /** The texts of a live profile or a proposal: its source language, and the first other one if any. */
    static ProseAnswers of(ProfileContent profile) {
        String source = profile.sourceLanguage();
        ProfileContent.Text original = profile.prose().getOrDefault(source, new ProfileContent.Text(null, null, null));
        Map.Entry<String, ProfileContent.Text> translation = profile.prose().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(source))
                .findFirst()
                .orElse(null);
        if (translation == null) {
            return new ProseAnswers(source, original.summary(), original.description(), null, null, null, null);
        }
        ProfileContent.Text translated = translation.getValue();
        return new ProseAnswers(
                source,
                original.summary(),
                original.description(),
                translation.getKey(),
                translated.name(),
                translated.summary(),
                translated.description());
    }

    boolean isTranslated() {
        return translatedName != null || translatedSummary != null || translatedDescription != null;
    }

    /** The texts per language, as a proposal keeps them. */
    Map<String, ProfileContent.Text> toProse() {
        Map<String, ProfileContent.Text> prose = new LinkedHashMap<>();
        prose.put(sourceLanguage, new ProfileContent.Text(null, summary, description));
        if (translationLanguage != null && !translationLanguage.equals(sourceLanguage) && isTranslated()) {
            prose.put(
                    translationLanguage,
                    new ProfileContent.Text(translatedName, translatedSummary, translatedDescription));
        }
        return prose;
    }
}
