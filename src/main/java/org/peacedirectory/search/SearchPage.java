package org.peacedirectory.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.organisation.OrganisationSummary;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the organisation list page for a query within a scope (all organisations, a country's or a
 * theme's): results with their highlighted summaries, facet options with counts, the filters in force
 * with links that remove them, and the addresses of pages, all relative to the scope's own path.
 */
@Component
class SearchPage {

    /**
     * Where a list lives: its path, and the facet fixed by it (a country page always filters on its
     * country), which the page neither offers nor repeats in its links.
     */
    record Scope(String path, @Nullable Facet fixed) {

        static final Scope EVERYTHING = new Scope("/organisations", null);
        static final Scope CSV = new Scope("/organisations.csv", null);

        public boolean fixes(String parameter) {
            return fixed != null && fixed.parameter.equals(parameter);
        }
    }

    /** A result: the organisation and its summary split for highlighting. */
    record Hit(OrganisationSummary organisation, List<Highlighter.Part> summary) {}

    /**
     * One value of a facet as the form shows it: the control's id, the value it sends, its label with
     * the count ("Mali (12)"), and whether it is chosen. Built here rather than in the template, which
     * renders some sixty of them per page.
     */
    record Option(String id, String value, String text, boolean selected) {}

    private static final int PAGE_SIZE = OrganisationDirectory.PAGE_SIZE;
    private static final int MAX_COUNTRY_OPTIONS = 20;

    private final OrganisationSearch search;
    private final OrganisationDirectory directory;
    private final TaxonomyLists taxonomy;
    private final MessageSource messages;
    private final SearchIndexing indexing;

    SearchPage(
            OrganisationSearch search,
            OrganisationDirectory directory,
            TaxonomyLists taxonomy,
            MessageSource messages,
            SearchIndexing indexing) {
        this.indexing = indexing;
        this.search = search;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** Puts everything the list template shows into the model. */
    void show(SearchQuery query, Scope scope, Locale locale, Model model) {
        OrganisationSearch.Result result = search.search(query, PAGE_SIZE);
        Map<String, String> countryNames =
                taxonomy.countries().stream().collect(Collectors.toMap(Country::getCode, c -> c.name(locale)));
        Map<String, String> themeLabels =
                taxonomy.themes().stream().collect(Collectors.toMap(Theme::getSlug, t -> t.label(locale)));

        model.addAttribute("query", query);
        model.addAttribute("indexBuilding", indexing.isBuilding());
        model.addAttribute("scope", scope);
        model.addAttribute("total", result.total());
        model.addAttribute(
                "hits",
                directory.summaries(result.ids(), locale).stream()
                        .map(summary -> new Hit(
                                summary,
                                Highlighter.parts(
                                        summary.summary() == null
                                                ? null
                                                : summary.summary().text(),
                                        query.text())))
                        .toList());
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        Function<String, String> lowerCase = value -> value.toLowerCase(Locale.ROOT);
        model.addAttribute(
                "countryOptions",
                options(
                        "country",
                        top(result.counts(Facet.COUNTRY), query.countries()),
                        query.countries(),
                        countryNames::get,
                        lowerCase,
                        locale,
                        true));
        model.addAttribute(
                "themeOptions",
                options(
                        "theme",
                        result.counts(Facet.THEME),
                        query.themes(),
                        themeLabels::get,
                        lowerCase,
                        locale,
                        true));
        model.addAttribute(
                "levelOptions",
                options(
                        "level",
                        result.counts(Facet.LEVEL),
                        query.levels(),
                        value -> message("search.level." + value, locale),
                        lowerCase,
                        locale,
                        false));
        model.addAttribute(
                "verificationOptions", verificationOptions(result.counts(Facet.VERIFICATION), query, locale));
        model.addAttribute(
                "sinceOptions",
                Facet.ACTIVE_SINCE_CHOICES.stream()
                        .map(year -> new Option(
                                "since-" + year,
                                year.toString(),
                                message(
                                        "search.option",
                                        locale,
                                        message("search.activeSince.option", locale, year),
                                        result.counts(Facet.ACTIVE_SINCE).getOrDefault(year.toString(), 0L)),
                                year.equals(query.activeSince())))
                        .toList());
        List<SearchLinks.ActiveFilter> activeFilters =
                SearchLinks.activeFilters(query, scope, countryNames, themeLabels, messages, locale);
        model.addAttribute("activeFilters", activeFilters);
        // "Filters (2)": the filters chosen, not the words (the search box shows them).
        model.addAttribute("filterCount", activeFilters.size() - (query.text() == null ? 0 : 1));
        model.addAttribute("pageUrl", SearchLinks.url(query, scope, null, null));
        // The same list as CSV: the scope's own country or theme becomes a filter of the whole list's.
        model.addAttribute("csvUrl", SearchLinks.url(query, Scope.CSV, null, null));
        model.addAttribute("csvFirst", result.total() > ListCsvController.MAX_ROWS ? ListCsvController.MAX_ROWS : null);
        if (result.total() == 0 && query.text() != null) {
            model.addAttribute("suggestion", result.suggestion());
        }
    }

    /**
     * The countries with most organisations, and those chosen whatever their rank; the others are one
     * click away on /countries.
     */
    static Map<String, Long> top(Map<String, Long> counts, List<String> chosen) {
        Map<String, Long> top = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .limit(MAX_COUNTRY_OPTIONS)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        chosen.stream().filter(counts::containsKey).forEach(code -> top.put(code, counts.get(code)));
        return top;
    }

    /**
     * The verification filter's options: any confirmed level, then each level, each with the organisations
     * it lets through (none when it lets none, unless it is the one chosen).
     */
    private List<Option> verificationOptions(Map<String, Long> counts, SearchQuery query, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (VerificationFilter filter : VerificationFilter.values()) {
            long count = filter.levels.stream()
                    .mapToLong(level -> counts.getOrDefault(level.name(), 0L))
                    .sum();
            if (count > 0 || filter == query.verification()) {
                options.add(new Option(
                        "verified-" + filter.name(),
                        filter.parameter,
                        message(
                                "search.option",
                                locale,
                                message("search.verification." + filter.name(), locale),
                                count),
                        filter == query.verification()));
            }
        }
        return options;
    }

    /**
     * A facet's options, with the values chosen but counted zero kept so that they can be unticked;
     * {@code sent} turns a stored value into what the form sends ("ML" as "ml").
     */
    private List<Option> options(
            String parameter,
            Map<String, Long> counts,
            List<String> selected,
            Function<String, @Nullable String> label,
            Function<String, String> sent,
            Locale locale,
            boolean alphabetical) {
        record Counted(String value, String label, long count) {}
        List<Counted> counted = new ArrayList<>();
        counts.forEach((value, count) -> {
            String text = label.apply(value);
            if (text != null) {
                counted.add(new Counted(value, text, count));
            }
        });
        selected.stream()
                .filter(value -> !counts.containsKey(value) && label.apply(value) != null)
                .forEach(value -> counted.add(new Counted(value, label.apply(value), 0)));
        if (alphabetical) {
            counted.sort(Comparator.comparing(Counted::label, Collator.getInstance(locale)));
        }
        return counted.stream()
                .map(option -> new Option(
                        parameter + "-" + option.value(),
                        sent.apply(option.value()),
                        message("search.option", locale, option.label(), option.count()),
                        selected.contains(option.value())))
                .toList();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
