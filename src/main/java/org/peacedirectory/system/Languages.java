package org.peacedirectory.system;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages the interface is written in; the first is the default. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    public static final Locale DEFAULT = SUPPORTED.get(0);

    private Languages() {}

    /** The supported language closest to {@code requested}, or the default. */
    public static Locale supported(@Nullable Locale requested) {
        if (requested == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
