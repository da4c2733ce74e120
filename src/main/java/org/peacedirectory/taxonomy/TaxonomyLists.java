package org.peacedirectory.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every country and every theme, read once when the application starts: they change only with a
 * migration. Pages that list them (the submission form, the filters) can thus still be drawn while the
 * database does not answer, and pages that name them (profiles, country and theme pages) ask no query.
 */
@Component
public class TaxonomyLists {

    private final List<Country> countries;
    private final List<Theme> themes;
    private final Map<String, Country> countriesByCode;
    private final Map<String, Theme> themesBySlug;

    TaxonomyLists(Countries countries, Themes themes) {
        this.countries = List.copyOf(countries.findAll());
        this.themes = List.copyOf(themes.findAllByOrderByPosition());
        this.countriesByCode = this.countries.stream().collect(Collectors.toMap(Country::getCode, Function.identity()));
        this.themesBySlug = this.themes.stream().collect(Collectors.toMap(Theme::getSlug, Function.identity()));
    }

    public List<Country> countries() {
        return countries;
    }

    /** In their curated order. */
    public List<Theme> themes() {
        return themes;
    }

    /** The country of that upper-case code, as stored. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(countriesByCode.get(code));
    }

    public Optional<Theme> theme(String slug) {
        return Optional.ofNullable(themesBySlug.get(slug));
    }
}
