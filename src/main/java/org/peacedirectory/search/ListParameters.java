package org.peacedirectory.search;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a list's address may carry besides its page, exactly as sent: words, filters and sort. Bound
 * from the query string of every list; {@link #toQuery} drops malformed values rather than refusing
 * them, so a shared link always opens. Also bound by the open data API's list of organisations.
 * {@code verified} is a verification level or any confirmed one ({@link VerificationFilter}).
 */
public record ListParameters(
        @Nullable String q,
        @Nullable List<String> country,
        @Nullable List<String> theme,
        @Nullable String verified,
        @Nullable List<String> level,
        @Nullable String since,
        @Nullable String sort) {

    /** The search these parameters ask for, with the given countries and themes (a page may fix one). */
    SearchQuery toQuery(@Nullable List<String> countries, @Nullable List<String> themes, int page) {
        return new SearchQuery(
                q,
                countries,
                themes,
                VerificationFilter.parse(verified),
                level,
                parseInt(since),
                parseSort(sort),
                page);
    }

    SearchQuery toQuery(int page) {
        return toQuery(country, theme, page);
    }

    /** A page number as typed on the whole list, where anything unreadable means the first page. */
    static int lenientPage(@Nullable String page) {
        Integer number = parseInt(page);
        return number == null ? 1 : number;
    }

    private static SearchQuery.@Nullable Sort parseSort(@Nullable String value) {
        try {
            return value == null ? null : SearchQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer parseInt(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
