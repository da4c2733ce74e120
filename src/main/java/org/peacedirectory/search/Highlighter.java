package org.peacedirectory.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a text into plain and matched parts for the words of a search, accents and case ignored, so
 * that templates can mark the matches while escaping everything (no HTML is ever built from text, and
 * none is taken from the search engine).
 */
final class Highlighter {

    /** A run of text, marked when it matched. */
    record Part(String text, boolean match) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** The French articles the "text" analyser removes before an apostrophe (Lucene's ElisionFilter). */
    private static final Pattern ELISION = Pattern.compile("^(?iu:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’]");

    private Highlighter() {}

    static List<Part> parts(@Nullable String text, @Nullable String query) {
        if (text == null) {
            return List.of();
        }
        List<String> wanted = new ArrayList<>();
        for (String typed : WordMatching.words(query)) {
            // As the analyser reads it: "l’éducation" is the word "éducation" (French elision).
            String word = ELISION.matcher(typed).replaceFirst("");
            Matcher parts = WORD.matcher(word);
            while (parts.find()) {
                wanted.add(plain(parts.group()));
            }
        }
        List<Part> parts = new ArrayList<>();
        int shown = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = plain(words.group());
            if (wanted.stream().anyMatch(word::startsWith)) {
                if (words.start() > shown) {
                    parts.add(new Part(text.substring(shown, words.start()), false));
                }
                parts.add(new Part(words.group(), true));
                shown = words.end();
            }
        }
        if (shown < text.length()) {
            parts.add(new Part(text.substring(shown), false));
        }
        return parts;
    }

    private static String plain(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
