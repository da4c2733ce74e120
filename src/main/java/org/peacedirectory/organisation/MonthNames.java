package org.peacedirectory.organisation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Month names and common abbreviations in English and French, accents and case ignored. */
final class MonthNames {

    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre"}
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                NUMBERS.put(name, month + 1);
            }
        }
    }

    private MonthNames() {}

    /** The month's number (1–12), or null when the word is not a month. */
    static @Nullable Integer number(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return NUMBERS.get(plain);
    }
}
