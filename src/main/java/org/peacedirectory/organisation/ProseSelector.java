package org.peacedirectory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Picks, field by field, the reader's language when the organisation has the text in it, else its
 * source language, else any language it exists in.
 */
final class ProseSelector {

    private ProseSelector() {
    }

    static LocalizedText select(Organisation organisation, Locale reader, Function<Prose, String> field) {
        Map<String, Prose> prose = organisation.getProse();
        List<String> available = prose.entrySet().stream()
                .filter(entry -> hasText(field.apply(entry.getValue())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        String language = available.contains(reader.getLanguage()) ? reader.getLanguage()
                : available.contains(organisation.getSourceLanguage()) ? organisation.getSourceLanguage()
                : available.stream().findFirst().orElse(null);
        if (language == null) {
            return null;
        }
        return new LocalizedText(field.apply(prose.get(language)), language,
                Objects.equals(language, reader.getLanguage()), available);
    }

    /** The name in the reader's language if translated, else the official name in the source language. */
    static LocalizedText name(Organisation organisation, Locale reader) {
        LocalizedText translated = select(organisation, reader, Prose::getName);
        if (translated != null && translated.inReaderLanguage()) {
            return translated;
        }
        String language = organisation.getSourceLanguage();
        return new LocalizedText(organisation.getName(), language, language.equals(reader.getLanguage()),
                translated == null ? List.of(language) : translated.availableLanguages());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
