package org.peacedirectory.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.Source;

/** What a change proposal changes, field by field, against the live profile. */
final class ProfileDiff {

    /** One changed field: its label's message key, an optional language, and both values as text. */
    record Change(
            String label,
            @Nullable String language,
            @Nullable String before,
            @Nullable String after) {}

    private ProfileDiff() {}

    static List<Change> between(ProfileContent live, ProfileContent proposed) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "submission.name", live, proposed, ProfileContent::name);
        compare(changes, "submission.acronym", live, proposed, ProfileContent::acronym);
        compare(changes, "submission.sourceLanguage", live, proposed, ProfileContent::sourceLanguage);
        compare(changes, "submission.foundingYear", live, proposed, ProfileContent::foundingYear);
        compare(changes, "submission.city", live, proposed, ProfileContent::city);
        compare(changes, "submission.country", live, proposed, ProfileContent::countryCode);
        compare(changes, "submission.countriesOfWork", live, proposed, ProfileContent::countriesOfWork);
        compare(changes, "submission.themes", live, proposed, ProfileContent::themes);
        compare(changes, "submission.networks", live, proposed, ProfileContent::networks);
        compare(changes, "submission.website", live, proposed, ProfileContent::website);
        compare(changes, "submission.links", live, proposed, ProfileContent::links);
        compare(changes, "submission.contactEmail", live, proposed, ProfileContent::contactEmail);
        compare(changes, "submission.contactPhone", live, proposed, ProfileContent::contactPhone);
        compare(changes, "submission.contactPerson", live, proposed, ProfileContent::contactPerson);
        compare(changes, "submission.contactPostalAddress", live, proposed, ProfileContent::contactPostalAddress);
        compare(changes, "submission.contactPublic", live, proposed, ProfileContent::contactPublic);
        // Only the languages the proposal carries: approving keeps prose in the others.
        TreeSet<String> languages = new TreeSet<>(proposed.prose().keySet());
        for (String language : languages) {
            ProfileContent.Text before = live.prose().get(language);
            ProfileContent.Text after = proposed.prose().get(language);
            compareText(changes, "submission.translatedName", language, before, after, ProfileContent.Text::name);
            compareText(changes, "submission.summary", language, before, after, ProfileContent.Text::summary);
            compareText(changes, "submission.description", language, before, after, ProfileContent.Text::description);
        }
        compare(changes, "submission.section.activities", live, proposed, ProfileDiff::timeline);
        compare(changes, "profile.sources", live, proposed, ProfileDiff::sources);
        return changes;
    }

    private static void compare(
            List<Change> changes,
            String label,
            ProfileContent live,
            ProfileContent proposed,
            Function<ProfileContent, @Nullable Object> field) {
        String before = text(field.apply(live));
        String after = text(field.apply(proposed));
        if (!Objects.equals(before, after)) {
            changes.add(new Change(label, null, before, after));
        }
    }

    private static void compareText(
            List<Change> changes,
            String label,
            String language,
            ProfileContent.@Nullable Text live,
            ProfileContent.@Nullable Text proposed,
            Function<ProfileContent.Text, @Nullable String> field) {
        String before = live == null ? null : field.apply(live);
        String after = proposed == null ? null : field.apply(proposed);
        if (!Objects.equals(before, after)) {
            changes.add(new Change(label, language, before, after));
        }
    }

    private static String timeline(ProfileContent content) {
        return String.join(
                "\n",
                content.activities().stream()
                        .map(entry -> entry.level() + " · " + (entry.date() == null ? "?" : entry.date()) + " · "
                                + entry.text())
                        .toList());
    }

    /** Every source the content names, a line each: the fact (a network by name, an activity by number), then the source. */
    private static @Nullable String sources(ProfileContent content) {
        List<String> lines = new ArrayList<>();
        content.sources().facts().forEach((fact, source) -> lines.add(fact + " · " + source(source)));
        content.sources().networks().forEach((network, source) -> lines.add(network + " · " + source(source)));
        for (int i = 0; i < content.activities().size(); i++) {
            Source source = content.activities().get(i).source();
            if (source != null) {
                lines.add("#" + (i + 1) + " · " + source(source));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String source(Source source) {
        List<String> parts = new ArrayList<>();
        if (source.title() != null) {
            parts.add(source.title());
        }
        if (source.url() != null) {
            parts.add(source.url());
        }
        if (source.checked() != null) {
            parts.add(source.checked().toString());
        }
        return String.join(" · ", parts);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? null
                    : String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
