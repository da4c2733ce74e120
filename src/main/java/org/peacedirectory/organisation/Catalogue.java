package org.peacedirectory.organisation;

import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

/**
 * Finds the countries, themes and networks that content names, for {@link Organisation#apply}: the entity
 * resolves names through this, not through repositories ({@link ProfileCatalogue} is the database's).
 */
public interface Catalogue {

    Country country(String code);

    Theme theme(String slug);

    /**
     * The network of that name or acronym, created if the directory does not know it yet (its name then taken
     * to be in the given language, the profile's own).
     */
    Network network(String nameOrAcronym, String language);
}
