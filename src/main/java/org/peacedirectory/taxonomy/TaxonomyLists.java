package org.peacedirectory.taxonomy;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Every country and every theme, read once when the application starts: they change only with a
 * migration. Pages that list them (the submission form, the filters) can thus still be drawn while the
 * database does not answer.
 */
@Component
public class TaxonomyLists {

    private final List<Country> countries;
    private final List<Theme> themes;

    TaxonomyLists(Countries countries, Themes themes) {
        this.countries = List.copyOf(countries.findAll());
        this.themes = List.copyOf(themes.findAllByOrderByPosition());
    }

    public List<Country> countries() {
        return countries;
    }

    /** In their curated order. */
    public List<Theme> themes() {
        return themes;
    }
}
