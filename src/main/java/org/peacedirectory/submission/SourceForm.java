package org.peacedirectory.submission;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Source;

/**
 * Where a fact comes from, as the form asks it (fields {@code ...source.url}, {@code .title},
 * {@code .checked}): a web address, a document's title, and the day the fact was checked against it
 * (ISO 8601, as a date field sends it). All optional; left empty, the fact names no source.
 */
public record SourceForm(
        @Size(max = SourceForm.MAX_URL) @Nullable String url,
        @Size(max = SourceForm.MAX_TITLE) @Nullable String title,
        @Size(max = 10) @Nullable String checked) {

    static final int MAX_URL = 500;
    static final int MAX_TITLE = 300;

    static final SourceForm EMPTY = new SourceForm(null, null, null);

    /** The fields a stored source fills in, or none. */
    static SourceForm of(@Nullable Source source) {
        if (source == null) {
            return EMPTY;
        }
        return new SourceForm(
                source.url(),
                source.title(),
                source.checked() == null ? null : source.checked().toString());
    }

    boolean isEmpty() {
        return isBlank(url) && isBlank(title) && isBlank(checked);
    }

    /** Whether it gives an address or a title, without which a date is no source. */
    boolean namesSomething() {
        return !isBlank(url) || !isBlank(title);
    }

    /** The source these fields give, or null; call only once they are valid (the date parses). */
    @Nullable
    Source toSource() {
        if (!namesSomething()) {
            return null;
        }
        String day = checked;
        return new Source(url, title, day == null || day.isBlank() ? null : LocalDate.parse(day.strip()));
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
