package org.peacedirectory.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of prose as shown to a reader: in their language when a translation exists, otherwise in the
 * organisation's source language, with the language it is in (for the {@code lang} attribute) and the
 * languages it exists in (for the note that says so).
 */
public record LocalizedText(String text, String language, boolean inReaderLanguage, List<String> availableLanguages) {

    /** The text split at blank lines, for prose written in several paragraphs. */
    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }
}
