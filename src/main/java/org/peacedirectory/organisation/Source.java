package org.peacedirectory.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact of a profile comes from: a web address, a document's title, or both, and the day someone
 * checked the fact against it (null when nobody said). A source has an address or a title; identical
 * sources are one note on the profile page.
 */
public record Source(
        @Nullable String url,
        @Nullable String title,
        @Nullable LocalDate checked) {

    public Source {
        url = blankToNull(url);
        title = blankToNull(title);
    }

    /** Whether it names anything: an address or a title (a date alone is no source). */
    public boolean namesAnything() {
        return url != null || title != null;
    }

    /** The source, or null when it names nothing. */
    public static @Nullable Source orNull(@Nullable Source source) {
        return source == null || !source.namesAnything() ? null : source;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
