package org.peacedirectory.organisation;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a name into the readable, stable part of a profile's address: "CONASCIPAL" → "conascipal". */
final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {}

    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "organisation" : plain;
    }
}
