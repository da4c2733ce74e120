package org.peacedirectory.organisation;

import org.peacedirectory.taxonomy.Countries;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;
import org.peacedirectory.taxonomy.Themes;
import org.springframework.stereotype.Component;

/** The countries, themes and networks of the database, for applying content to a profile. */
@Component
class ProfileCatalogue implements Catalogue {

    private final Countries countries;
    private final Themes themes;
    private final Networks networks;

    ProfileCatalogue(Countries countries, Themes themes, Networks networks) {
        this.countries = countries;
        this.themes = themes;
        this.networks = networks;
    }

    @Override
    public Country country(String code) {
        return countries.findById(code).orElseThrow(() -> new IllegalArgumentException("Unknown country " + code));
    }

    @Override
    public Theme theme(String slug) {
        return themes.findById(slug).orElseThrow(() -> new IllegalArgumentException("Unknown theme " + slug));
    }

    @Override
    public Network network(String nameOrAcronym, String language) {
        return networks.findByNameOrAcronym(nameOrAcronym).orElseGet(() -> {
            // Its page's address: the slug of its name, numbered when another network has it already.
            String base = Slugs.of(nameOrAcronym);
            String slug = base;
            for (int number = 2; networks.existsBySlug(slug); number++) {
                slug = base + "-" + number;
            }
            return networks.save(new Network(null, nameOrAcronym, slug, language));
        });
    }
}
