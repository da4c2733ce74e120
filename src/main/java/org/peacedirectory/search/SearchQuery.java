package org.peacedirectory.search;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asked for on the list page, all of it in the URL: words, filters, sort and page.
 * Unknown or malformed values are dropped rather than refused, so a shared link always opens.
 */
public record SearchQuery(
        @Nullable String text,
        List<String> countries,
        List<String> themes,
        @Nullable VerificationFilter verification,
        List<String> levels,
        @Nullable Integer activeSince,
        Sort sort,
        int page) {

    /** How results are ordered; relevance only means something with words to match. */
    public enum Sort {
        RELEVANCE,
        NAME,
        UPDATED
    }

    static final int MAX_TEXT = 200;
    private static final List<String> LEVELS = List.of("LOCAL", "NATIONAL", "REGIONAL", "INTERNATIONAL");

    /** Takes the values as sent: any of them may be missing (null), and a missing sort is the default one. */
    public SearchQuery(
            @Nullable String text,
            @Nullable List<String> countries,
            @Nullable List<String> themes,
            @Nullable VerificationFilter verification,
            @Nullable List<String> levels,
            @Nullable Integer activeSince,
            @Nullable Sort sort,
            int page) {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        if (activeSince != null && (activeSince < 1800 || activeSince > 2200)) {
            activeSince = null;
        }
        if (sort == null || (sort == Sort.RELEVANCE && text == null)) {
            sort = text == null ? Sort.NAME : Sort.RELEVANCE;
        }
        this.text = text;
        this.countries = clean(countries).stream()
                .map(code -> code.toUpperCase(Locale.ROOT))
                .filter(code -> code.matches("[A-Z]{2}"))
                .distinct()
                .toList();
        this.themes = clean(themes).stream()
                .filter(slug -> slug.matches("[a-z0-9-]{1,80}"))
                .distinct()
                .toList();
        this.verification = verification;
        this.levels = clean(levels).stream()
                .map(level -> level.toUpperCase(Locale.ROOT))
                .filter(LEVELS::contains)
                .distinct()
                .toList();
        this.activeSince = activeSince;
        this.sort = sort;
        this.page = Math.max(page, 1);
    }

    /** The same filters without words, sort or page: all that the counts of a list without words depend on. */
    SearchQuery filtersOnly() {
        return new SearchQuery(null, countries, themes, verification, levels, activeSince, null, 1);
    }

    private static List<String> clean(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
