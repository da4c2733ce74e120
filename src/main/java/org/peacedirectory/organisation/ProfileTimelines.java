package org.peacedirectory.organisation;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationProfile.Entry;
import org.peacedirectory.organisation.OrganisationProfile.Timeline;

/** A profile's dated activities as the page shows them: one timeline per level, in date order. */
final class ProfileTimelines {

    /** An activity of a profile or of a proposal, as the timelines need it. */
    record Item(
            ActivityLevel level,
            @Nullable PartialDate date,
            int position,
            String text,
            String language,
            @Nullable Source source) {}

    private static final Comparator<Item> CHRONOLOGICAL = Comparator.comparing(
                    Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::position);

    private ProfileTimelines() {}

    /** Whether some activity is written in another language than the reader's (the page then says so). */
    static boolean anyNotIn(Locale reader, List<Item> activities) {
        return activities.stream().anyMatch(activity -> !activity.language().equals(reader.getLanguage()));
    }

    /** The activities as timelines, one per level, each in date order (undated last, as entered). */
    static List<Timeline> of(List<Item> activities, Locale reader) {
        Map<ActivityLevel, List<Entry>> byLevel = activities.stream()
                .sorted(CHRONOLOGICAL)
                .collect(Collectors.groupingBy(
                        Item::level,
                        () -> new EnumMap<>(ActivityLevel.class),
                        Collectors.mapping(activity -> entry(activity, reader), Collectors.toList())));
        return byLevel.entrySet().stream()
                .map(level -> new Timeline(level.getKey(), level.getValue()))
                .toList();
    }

    private static Entry entry(Item activity, Locale reader) {
        PartialDate date = activity.date();
        return new Entry(
                date == null ? null : date.format(reader),
                date == null || date.isRange() ? null : date.edtf(),
                activity.text(),
                activity.language(),
                activity.source());
    }
}
