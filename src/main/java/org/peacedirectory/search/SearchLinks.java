package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.search.SearchPage.Scope;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/** The addresses a list or search page links to: itself, and itself less one filter. */
final class SearchLinks {

    /** A filter in force, and the address of the same search without it. */
    record ActiveFilter(String label, String removeUrl) {}

    private SearchLinks() {}

    /** The filters in force, each with the address of the same search without it. */
    static List<ActiveFilter> activeFilters(
            SearchQuery query,
            Scope scope,
            Map<String, String> countryNames,
            Map<String, String> themeLabels,
            MessageSource messages,
            Locale locale) {
        Function<String, String> message = key -> messages.getMessage(key, null, locale);
        List<ActiveFilter> filters = new ArrayList<>();
        if (query.text() != null) {
            // Quoted as the language quotes: “paix” in English, « paix » in French.
            filters.add(new ActiveFilter(
                    messages.getMessage("search.words", new Object[] {query.text()}, locale),
                    url(query, scope, "q", null)));
        }
        if (!scope.fixes("country")) {
            query.countries()
                    .forEach(code -> filters.add(new ActiveFilter(
                            countryNames.getOrDefault(code, code), url(query, scope, "country", code))));
        }
        if (!scope.fixes("theme")) {
            query.themes()
                    .forEach(slug -> filters.add(
                            new ActiveFilter(themeLabels.getOrDefault(slug, slug), url(query, scope, "theme", slug))));
        }
        query.levels()
                .forEach(level -> filters.add(
                        new ActiveFilter(message.apply("search.level." + level), url(query, scope, "level", level))));
        VerificationFilter verification = query.verification();
        if (verification != null) {
            filters.add(new ActiveFilter(
                    message.apply("search.verification." + verification.name()), url(query, scope, "verified", null)));
        }
        if (query.activeSince() != null) {
            filters.add(new ActiveFilter(
                    messages.getMessage("search.activeSince.option", new Object[] {query.activeSince()}, locale),
                    url(query, scope, "since", null)));
        }
        return filters;
    }

    /**
     * The address of this search in its scope, less one filter value (or a whole parameter when value is
     * null); the scope's own filter is in the path, never in the parameters.
     */
    static String url(SearchQuery query, Scope scope, @Nullable String dropParameter, @Nullable String dropValue) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(scope.path());
        if (query.text() != null && !"q".equals(dropParameter)) {
            url.queryParam("q", query.text());
        }
        if (!scope.fixes("country")) {
            add(
                    url,
                    "country",
                    query.countries().stream()
                            .map(code -> code.toLowerCase(Locale.ROOT))
                            .toList(),
                    dropParameter,
                    dropValue == null ? null : dropValue.toLowerCase(Locale.ROOT));
        }
        if (!scope.fixes("theme")) {
            add(url, "theme", query.themes(), dropParameter, dropValue);
        }
        add(
                url,
                "level",
                query.levels().stream()
                        .map(level -> level.toLowerCase(Locale.ROOT))
                        .toList(),
                dropParameter,
                dropValue == null ? null : dropValue.toLowerCase(Locale.ROOT));
        VerificationFilter verification = query.verification();
        if (verification != null && !"verified".equals(dropParameter)) {
            url.queryParam("verified", verification.parameter);
        }
        if (query.activeSince() != null && !"since".equals(dropParameter)) {
            url.queryParam("since", query.activeSince());
        }
        if (!(query.text() == null
                ? query.sort() == SearchQuery.Sort.NAME
                : query.sort() == SearchQuery.Sort.RELEVANCE)) {
            url.queryParam("sort", query.sort().name().toLowerCase(Locale.ROOT));
        }
        return url.encode().build().toUriString();
    }

    private static void add(
            UriComponentsBuilder url,
            String parameter,
            List<String> values,
            @Nullable String dropParameter,
            @Nullable String dropValue) {
        for (String value : values) {
            if (!(parameter.equals(dropParameter) && value.equals(dropValue))) {
                url.queryParam(parameter, value);
            }
        }
    }
}
