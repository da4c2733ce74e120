package org.peacedirectory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Picks, field by field, the reader's language when the organisation has the text in it, else its
 * source language, else any language it exists in.
 */
final class ProseSelector {

    private ProseSelector() {}

    static @Nullable LocalizedText select(
            String sourceLanguage, Map<String, Prose> prose, Locale reader, Function<Prose, @Nullable String> field) {
        List<String> available = prose.entrySet().stream()
                .filter(entry -> hasText(field.apply(entry.getValue())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        String language = available.contains(reader.getLanguage())
                ? reader.getLanguage()
                : available.contains(sourceLanguage)
                        ? sourceLanguage
                        : available.stream().findFirst().orElse(null);
        if (language == null) {
            return null;
        }
        return new LocalizedText(
                field.apply(prose.get(language)), language, Objects.equals(language, reader.getLanguage()), available);
    }

    /** The name in the reader's language if translated, else the official name in the source language. */
    static LocalizedText name(String officialName, String sourceLanguage, Map<String, Prose> prose, Locale reader) {
        LocalizedText translated = select(sourceLanguage, prose, reader, Prose::getName);
        if (translated != null && translated.inReaderLanguage()) {
            return translated;
        }
        String language = sourceLanguage;
        return new LocalizedText(
                officialName,
                language,
                language.equals(reader.getLanguage()),
                translated == null ? List.of(language) : translated.availableLanguages());
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
