package org.peacedirectory.api.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.api.hsds.Hsds.Taxonomy;
import org.peacedirectory.api.hsds.Hsds.TaxonomyTerm;

/**
 * The taxonomies and terms of the HSDS output in one language: the directory's themes, the countries
 * (ISO 3166-1) where published organisations are based or work, the networks they belong to, the levels of
 * activities, the verification levels and the profile fields HSDS has no place for. Every term by a
 * name-based identifier ({@link HsdsIds}), so the same in every answer.
 */
final class Vocabulary {

    /** The taxonomies, by the key their identifiers are made from, in the order they are listed. */
    enum Kind {
        THEMES("themes"),
        COUNTRIES("countries"),
        NETWORKS("networks"),
        ACTIVITY_LEVELS("activity-levels"),
        VERIFICATION("verification"),
        PROFILE_FIELDS("profile-fields");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final String language;
    private final Map<Kind, Taxonomy> taxonomies;
    private final Map<UUID, TaxonomyTerm> terms = new LinkedHashMap<>();

    Vocabulary(String language, Map<Kind, Taxonomy> taxonomies) {
        this.language = language;
        this.taxonomies = Map.copyOf(taxonomies);
    }

    static UUID termId(Kind kind, String code) {
        return HsdsIds.term(kind.key, code);
    }

    /** Adds a term (made while the vocabulary is built); {@code key} identifies it, {@code code} is shown. */
    void add(Kind kind, String key, @Nullable String code, String name, String description, @Nullable String uri) {
        Taxonomy taxonomy = taxonomy(kind);
        UUID id = termId(kind, key);
        terms.put(
                id,
                new TaxonomyTerm(id, code, name, description, taxonomy.name(), taxonomy, language, taxonomy.id(), uri));
    }

    Taxonomy taxonomy(Kind kind) {
        Taxonomy taxonomy = taxonomies.get(kind);
        if (taxonomy == null) {
            throw new IllegalStateException("No taxonomy " + kind);
        }
        return taxonomy;
    }

    /** The term of that taxonomy and key, if it is known. */
    Optional<TaxonomyTerm> term(Kind kind, String key) {
        return Optional.ofNullable(terms.get(termId(kind, key)));
    }

    Optional<TaxonomyTerm> term(UUID id) {
        return Optional.ofNullable(terms.get(id));
    }

    /**
     * The term of that taxonomy and key; one unknown when the vocabulary was read (a network first joined
     * by an organisation published since) is made from what the caller knows of it.
     */
    TaxonomyTerm term(Kind kind, String key, String name, String description) {
        return term(kind, key).orElseGet(() -> {
            add(kind, key, null, name, description, null);
            return terms.get(termId(kind, key));
        });
    }

    /** Every taxonomy, in the order of {@link Kind}. */
    List<Taxonomy> taxonomies() {
        List<Taxonomy> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(taxonomy(kind));
        }
        return all;
    }

    /** Every term, each taxonomy's in its order (themes as the site lists them, countries by code...). */
    List<TaxonomyTerm> terms() {
        return List.copyOf(terms.values());
    }

    String language() {
        return language;
    }
}
