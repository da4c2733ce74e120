package org.peacedirectory.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of a profile (a ProfilePage whose main entity is an NGO), built from what
 * the page shows, so that search engines and aggregators read the same facts as people. The verification
 * is the NGO's {@code additionalProperty} {@code verificationLevel} (a {@link VerificationLevel} name,
 * linked to the page explaining the levels) and, when someone checked it, the page's
 * {@code lastReviewed} day; never who checked it. The sources of its facts are the page's {@code citation}s,
 * one per numbered note.
 */
final class ProfileJsonLd {

    /** JSON that can sit inside a {@code <script>} element whatever the submitted texts say. */
    private static final JsonMapper SCRIPT_SAFE_JSON = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new ScriptSafeEscapes())
                    .build())
            .build();

    private ProfileJsonLd() {}

    /**
     * The description as the text of a {@code <script type="application/ld+json">} element: {@code <},
     * {@code >} and {@code &} are written as JSON escapes (backslash, u, 003c...), so that no text can close
     * the element ({@code </script>}) or open a comment that swallows the rest of the page
     * ({@code <!--<script>}); a JSON reader sees the same characters.
     */
    static String script(
            OrganisationProfile profile, String pageUrl, @Nullable String logoUrl, String verificationUrl) {
        return SCRIPT_SAFE_JSON.writeValueAsString(of(profile, pageUrl, logoUrl, verificationUrl));
    }

    static Map<String, Object> of(
            OrganisationProfile profile, String pageUrl, @Nullable String logoUrl, String verificationUrl) {
        Map<String, Object> ngo = new LinkedHashMap<>();
        ngo.put("@type", "NGO");
        ngo.put("name", profile.name().text());
        putIfPresent(ngo, "alternateName", profile.acronym());
        putIfPresent(
                ngo,
                "description",
                profile.summary() == null ? null : profile.summary().text());
        ngo.put("url", pageUrl);
        putIfPresent(ngo, "logo", logoUrl);
        putIfPresent(
                ngo,
                "foundingDate",
                profile.foundingYear() == null ? null : profile.foundingYear().toString());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        putIfPresent(address, "addressLocality", profile.city());
        address.put("addressCountry", profile.country().path().toUpperCase(Locale.ROOT));
        ngo.put("address", address);
        List<Map<String, Object>> areas = new ArrayList<>();
        areas.add(country(profile.country()));
        profile.countriesOfWork().forEach(place -> areas.add(country(place)));
        ngo.put("areaServed", areas);
        ngo.put(
                "knowsAbout",
                profile.themes().stream().map(OrganisationProfile.Place::label).toList());
        ngo.put(
                "memberOf",
                profile.networks().stream()
                        .map(network -> {
                            Map<String, Object> organisation = new LinkedHashMap<>();
                            organisation.put("@type", "Organization");
                            organisation.put("name", network.name());
                            putIfPresent(organisation, "alternateName", network.acronym());
                            return organisation;
                        })
                        .toList());
        List<String> sameAs = new ArrayList<>();
        if (profile.website() != null) {
            sameAs.add(profile.website());
        }
        sameAs.addAll(profile.links());
        ngo.put("sameAs", sameAs);
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("@type", "PropertyValue");
        level.put("propertyID", "verificationLevel");
        level.put("value", profile.verification().level().name());
        level.put("url", verificationUrl);
        ngo.put("additionalProperty", List.of(level));

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "ProfilePage");
        page.put("url", pageUrl);
        putIfPresent(page, "lastReviewed", profile.verification().isoDay());
        if (!profile.notes().isEmpty()) {
            page.put(
                    "citation",
                    profile.notes().notes().stream()
                            .map(note -> citation(note, pageUrl))
                            .toList());
        }
        page.put("mainEntity", ngo);
        return page;
    }

    /**
     * A source the page cites: a WebPage when it has an address (the day it was checked as its
     * {@code lastReviewed}), else a CreativeWork known by its title (schema.org gives a work no property
     * for the day someone checked it). Its {@code @id} is the note's place on the page.
     */
    private static Map<String, Object> citation(SourceNotes.Note note, String pageUrl) {
        Source source = note.source();
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", source.url() == null ? "CreativeWork" : "WebPage");
        work.put("@id", pageUrl + "#source-" + note.number());
        work.put("name", source.title() == null ? source.url() : source.title());
        putIfPresent(work, "url", source.url());
        if (source.url() != null) {
            putIfPresent(work, "lastReviewed", note.isoChecked());
        }
        return work;
    }

    private static Map<String, Object> country(OrganisationProfile.Place place) {
        Map<String, Object> country = new LinkedHashMap<>();
        country.put("@type", "Country");
        country.put("name", place.label());
        return country;
    }

    /**
     * Escapes what HTML gives a meaning inside a script element, and the line and paragraph separators
     * (harmless in JSON, but line ends for older JavaScript parsers).
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final String ESCAPED = "<>&\u2028\u2029";

        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ESCAPED.chars()
                    .filter(character -> character < 128)
                    .forEach(character -> asciiEscapes[character] = ESCAPE_CUSTOM);
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int character) {
            return ESCAPED.indexOf(character) < 0 ? null : new SerializedString(String.format("\\u%04x", character));
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
