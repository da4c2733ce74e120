package org.peacedirectory.organisation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationProfile.ProfileNetwork;
import org.peacedirectory.organisation.OrganisationProfile.Timeline;

/**
 * A profile's sources as numbered notes, as in an encyclopaedia: numbered in the order the page first
 * cites them (the facts from the founding year down to the contact, then the timelines), identical
 * sources sharing one number.
 */
public record SourceNotes(Map<Fact, Note> facts, List<Note> notes) {

    static final SourceNotes NONE = new SourceNotes(Map.of(), List.of());

    /**
     * One note: its number, the source, and the day it was checked as the reader reads it and as ISO 8601
     * (for {@code <time>}), both null when not said.
     */
    public record Note(
            int number,
            Source source,
            @Nullable String checked,
            @Nullable String isoChecked) {}

    /** The note of that single-valued fact, or null when it names no source. */
    public @Nullable Note fact(String fact) {
        return facts.get(Fact.valueOf(fact));
    }

    /** The note of that source (an activity's or a membership's), or null for none. */
    public @Nullable Note of(@Nullable Source source) {
        if (source == null) {
            return null;
        }
        return notes.stream()
                .filter(note -> note.source().equals(source))
                .findFirst()
                .orElse(null);
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }

    /** The notes of what a page shows, in the order it shows them. Facts not shown are given as null. */
    static SourceNotes of(
            @Nullable Source foundingYear,
            @Nullable Source place,
            List<ProfileNetwork> networks,
            @Nullable Source website,
            @Nullable Source contact,
            List<Timeline> timelines,
            Locale reader) {
        Map<Source, Integer> numbers = new LinkedHashMap<>();
        Map<Fact, Source> facts = new EnumMap<>(Fact.class);
        cite(numbers, facts, Fact.FOUNDING_YEAR, foundingYear);
        cite(numbers, facts, Fact.PLACE, place);
        networks.forEach(network -> cite(numbers, network.source()));
        cite(numbers, facts, Fact.WEBSITE, website);
        cite(numbers, facts, Fact.CONTACT, contact);
        timelines.forEach(timeline -> timeline.entries().forEach(entry -> cite(numbers, entry.source())));
        if (numbers.isEmpty()) {
            return NONE;
        }
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader);
        List<Note> notes = new ArrayList<>();
        numbers.forEach((source, number) -> notes.add(new Note(
                number,
                source,
                source.checked() == null ? null : days.format(source.checked()),
                source.checked() == null ? null : source.checked().toString())));
        Map<Fact, Note> factNotes = new EnumMap<>(Fact.class);
        facts.forEach((fact, source) -> factNotes.put(fact, notes.get(numbers.getOrDefault(source, 1) - 1)));
        return new SourceNotes(factNotes, List.copyOf(notes));
    }

    private static void cite(
            Map<Source, Integer> numbers, Map<Fact, Source> facts, Fact fact, @Nullable Source source) {
        Source present = Source.orNull(source);
        if (present != null) {
            facts.put(fact, present);
            cite(numbers, present);
        }
    }

    private static void cite(Map<Source, Integer> numbers, @Nullable Source source) {
        Source present = Source.orNull(source);
        if (present != null) {
            numbers.putIfAbsent(present, numbers.size() + 1);
        }
    }
}
