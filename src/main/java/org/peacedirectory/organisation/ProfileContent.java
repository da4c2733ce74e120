package org.peacedirectory.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a profile says, apart from its identity and moderation state: what a submitter proposes (stored
 * as JSON with the submission), what moderators edit and compare, and what a revision of a published
 * profile keeps. Dates are EDTF level 0; unknown values are null.
 */
public record ProfileContent(
        String name,
        @Nullable String acronym,
        String sourceLanguage,
        @Nullable Integer foundingYear,
        @Nullable String city,
        String countryCode,
        List<String> countriesOfWork,
        List<String> themes,
        List<String> networks,
        @Nullable String website,
        List<String> links,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactPostalAddress,
        @Nullable String contactPerson,
        boolean contactPublic,
        Map<String, Text> prose,
        List<Entry> activities,
        // Left out of the JSON when there are none, so a proposal without sources keeps its earlier shape.
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Sources.NoneNamed.class)
        Sources sources) {

    public ProfileContent {
        countriesOfWork = countriesOfWork == null ? List.of() : List.copyOf(countriesOfWork);
        themes = themes == null ? List.of() : List.copyOf(themes);
        networks = networks == null ? List.of() : List.copyOf(networks);
        links = links == null ? List.of() : List.copyOf(links);
        prose = prose == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(prose));
        activities = activities == null ? List.of() : List.copyOf(activities);
        // Proposals and revisions stored before sources existed have none.
        sources = sources == null ? Sources.NONE : sources;
    }

    /** Whether the content gives any contact detail (a public suggestion never sees private ones). */
    public boolean givesContact() {
        return contactEmail != null
                || contactPhone != null
                || contactPostalAddress != null
                || contactPerson != null
                || contactPublic;
    }

    /**
     * The sources of the single-valued facts ({@code facts}) and of network memberships (by the network's
     * name, as {@link #networks} gives it). An activity's source is in its {@link Entry}.
     */
    public record Sources(Map<Fact, Source> facts, Map<String, Source> networks) {

        public static final Sources NONE = new Sources(Map.of(), Map.of());

        /** Jackson's filter of a value to leave out: sources that name nothing. */
        static final class NoneNamed {

            @Override
            public boolean equals(@Nullable Object value) {
                return value == null || NONE.equals(value);
            }

            @Override
            public int hashCode() {
                return 0;
            }
        }

        public Sources {
            Map<Fact, Source> keptFacts = new EnumMap<>(Fact.class);
            if (facts != null) {
                facts.forEach((fact, source) -> {
                    if (fact != null && Source.orNull(source) != null) {
                        keptFacts.put(fact, source);
                    }
                });
            }
            facts = Collections.unmodifiableMap(keptFacts);
            Map<String, Source> keptNetworks = new TreeMap<>();
            if (networks != null) {
                networks.forEach((network, source) -> {
                    if (network != null && Source.orNull(source) != null) {
                        keptNetworks.put(network, source);
                    }
                });
            }
            networks = Collections.unmodifiableMap(keptNetworks);
        }

        /** The source of that fact, or null. */
        public @Nullable Source of(Fact fact) {
            return facts.get(fact);
        }

        /** The source of the membership of that network, or null. */
        public @Nullable Source ofNetwork(String network) {
            return networks.get(network);
        }

        /** These sources without that fact's. */
        public Sources without(Fact fact) {
            Map<Fact, Source> kept = new EnumMap<>(Fact.class);
            kept.putAll(facts);
            kept.remove(fact);
            return new Sources(kept, networks);
        }
    }

    /** Name, summary and description in one language. */
    public record Text(
            @Nullable String name,
            @Nullable String summary,
            @Nullable String description) {}

    /** One timeline entry; {@code date} is EDTF or null when unknown; {@code source} null when none is named. */
    public record Entry(
            String level,
            @Nullable String date,
            String text,
            @Nullable String language,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Source source) {

        public Entry {
            source = Source.orNull(source);
        }

        /** An entry that names no source. */
        public Entry(String level, @Nullable String date, String text, @Nullable String language) {
            this(level, date, text, language, null);
        }
    }
}
