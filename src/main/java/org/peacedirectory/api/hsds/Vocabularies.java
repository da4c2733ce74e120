package org.peacedirectory.api.hsds;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.api.hsds.Hsds.Taxonomy;
import org.peacedirectory.api.hsds.Vocabulary.Kind;
import org.peacedirectory.organisation.ActivityLevel;
import org.peacedirectory.organisation.PublishedNetworks;
import org.peacedirectory.organisation.VerificationLevel;
import org.peacedirectory.system.SiteUrl;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Vocabulary} of a language: every theme; the countries where published organisations
 * are based or work (HSDS asks data not to carry terms it does not use, and a list of 249 countries would
 * outweigh the directory's own); the networks published organisations belong to; the activity levels,
 * verification levels and profile fields. Two SQL statements.
 */
@Component
class Vocabularies {

    /** The terms of the profile fields taxonomy: facts HSDS has no field for. */
    static final String ACRONYM = "acronym";

    static final String LINK = "link";

    /** Where ISO describes the country codes. */
    private static final String ISO_3166 = "https://www.iso.org/iso-3166-country-codes.html";

    private final TaxonomyLists taxonomy;
    private final PublishedNetworks networks;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final SiteUrl siteUrl;

    Vocabularies(
            TaxonomyLists taxonomy,
            PublishedNetworks networks,
            JdbcClient jdbc,
            MessageSource messages,
            SiteUrl siteUrl) {
        this.taxonomy = taxonomy;
        this.networks = networks;
        this.jdbc = jdbc;
        this.messages = messages;
        this.siteUrl = siteUrl;
    }

    Vocabulary of(Locale locale) {
        Map<Kind, Taxonomy> taxonomies = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            UUID id = HsdsIds.taxonomy(kind.key);
            String uri =
                    kind == Kind.COUNTRIES ? ISO_3166 : siteUrl.base() + "/api/hsds/taxonomy_terms?taxonomy_id=" + id;
            taxonomies.put(
                    kind,
                    new Taxonomy(
                            id,
                            message("hsds.taxonomy." + kind.key + ".name", locale),
                            message("hsds.taxonomy." + kind.key + ".description", locale),
                            uri,
                            kind == Kind.COUNTRIES ? "ISO 3166-1" : null));
        }
        Vocabulary vocabulary = new Vocabulary(locale.getLanguage(), taxonomies);
        for (Theme theme : taxonomy.themes()) {
            vocabulary.add(
                    Kind.THEMES,
                    theme.getSlug(),
                    theme.getSlug(),
                    theme.label(locale),
                    theme.description(locale),
                    siteUrl.of("/themes/{slug}", theme.getSlug()));
        }
        for (String code : countriesInUse()) {
            taxonomy.country(code).ifPresent(country -> addCountry(vocabulary, country, locale));
        }
        for (PublishedNetworks.PublishedNetwork network : networks.all()) {
            @Nullable String profile = network.profileSlug();
            vocabulary.add(
                    Kind.NETWORKS,
                    network.name(),
                    null,
                    network.name(),
                    networkDescription(network.name(), network.acronym(), locale),
                    profile != null ? siteUrl.of("/organisations/{slug}", profile) : HsdsUris.of(network.website()));
        }
        for (ActivityLevel level : ActivityLevel.values()) {
            vocabulary.add(
                    Kind.ACTIVITY_LEVELS,
                    level.name(),
                    level.name(),
                    message("submission.activity.level." + level.name(), locale),
                    message("hsds.term.level.description", locale, message("activity.level." + level, locale)),
                    null);
        }
        for (VerificationLevel level : VerificationLevel.values()) {
            vocabulary.add(
                    Kind.VERIFICATION,
                    level.name(),
                    level.name(),
                    message("verification.level." + level.name(), locale),
                    message("hsds.term." + level.name() + ".description", locale),
                    siteUrl.of("/verification") + "#level-" + level.name());
        }
        for (String field : List.of(ACRONYM, LINK)) {
            vocabulary.add(
                    Kind.PROFILE_FIELDS,
                    field,
                    field,
                    message("hsds.term." + field + ".name", locale),
                    message("hsds.term." + field + ".description", locale),
                    null);
        }
        return vocabulary;
    }

    /** The description of a network's term (a network met only through a membership gets one too). */
    String networkDescription(String name, @Nullable String acronym, Locale locale) {
        return message("hsds.term.network.description", locale, acronym == null ? name : acronym + ", " + name);
    }

    /** The term of a country, added if the vocabulary was read before an organisation made it used. */
    Hsds.TaxonomyTerm country(Vocabulary vocabulary, String code, Locale locale) {
        return vocabulary.term(Kind.COUNTRIES, code).orElseGet(() -> {
            addCountry(
                    vocabulary,
                    taxonomy.country(code).orElseThrow(() -> new IllegalStateException("No country " + code)),
                    locale);
            return vocabulary.term(Kind.COUNTRIES, code).orElseThrow();
        });
    }

    private void addCountry(Vocabulary vocabulary, Country country, Locale locale) {
        vocabulary.add(
                Kind.COUNTRIES,
                country.getCode(),
                country.getCode(),
                country.name(locale),
                message("hsds.term.country.description", locale, country.name(locale), country.getCode()),
                siteUrl.of("/countries/{code}", country.getPathCode()));
    }

    /** Where published organisations are based or work (kept with each organisation, V6), by code. */
    private List<String> countriesInUse() {
        return jdbc.sql("select distinct code from organisation, unnest(country_codes) as code"
                        + " where publication_status = 'PUBLISHED' order by code")
                .query(String.class)
                .list();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
