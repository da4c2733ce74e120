package org.peacedirectory.api;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

/** The answers of {@code /api/v1/countries}, {@code /themes} and {@code /networks}: names in both languages. */
final class TaxonomyItems {

    private TaxonomyItems() {}

    /** A country: ISO 3166-1 alpha-2 code, names, region, its page. */
    record CountryItem(String code, Map<String, String> name, String region, String url) {

        static CountryItem of(Country country, String url) {
            return new CountryItem(
                    country.getCode(),
                    Map.of("en", country.name(Locale.ENGLISH), "fr", country.name(Locale.FRENCH)),
                    country.getRegion(),
                    url);
        }
    }

    /** A theme: its slug, label and description in each language, its page. */
    record ThemeItem(String slug, Map<String, String> label, Map<String, String> description, String url) {

        static ThemeItem of(Theme theme, String url) {
            return new ThemeItem(
                    theme.getSlug(),
                    Map.of("en", theme.label(Locale.ENGLISH), "fr", theme.label(Locale.FRENCH)),
                    Map.of("en", theme.description(Locale.ENGLISH), "fr", theme.description(Locale.FRENCH)),
                    url);
        }
    }

    /** A network published organisations belong to, with how many of them, and its profile if any. */
    record NetworkItem(
            String name,
            @Nullable String acronym,
            @Nullable String website,
            long members,
            @Nullable String profileUrl) {}

    /** A list of them, under the licence. */
    record Items<T>(java.util.List<T> items, Licence licence) {}
}
