package org.peacedirectory.taxonomy;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every country and every theme, read once: they change only with a migration. Read at start, so that
 * pages that list them (the submission form, the filters) can still be drawn while the database does not
 * answer.
 */
@Component
public class TaxonomyLists {

    private final Countries countries;
    private final Themes themes;
    private volatile List<Country> countryList;
    private volatile List<Theme> themeList;

    TaxonomyLists(Countries countries, Themes themes) {
        this.countries = countries;
        this.themes = themes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void readAtStart() {
        countries();
        themes();
    }

    public List<Country> countries() {
        if (countryList == null) {
            countryList = List.copyOf(countries.findAll());
        }
        return countryList;
    }

    /** In their curated order. */
    public List<Theme> themes() {
        if (themeList == null) {
            themeList = List.copyOf(themes.findAllByOrderByPosition());
        }
        return themeList;
    }
}
