package org.peacedirectory.moderation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Fact;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.SafetySettings;
import org.peacedirectory.organisation.Source;

/**
 * What a change proposal changes, field by field, against the profile it was made for, in words a
 * moderator reads: country, theme and language names rather than codes, and within long texts the words
 * that were removed and added. A field is reported only when approving would change it: a list in another
 * order, a hidden contact field or city left blank (which keeps it), the base country among the "other
 * countries", or a source-language name that repeats the official name are no change.
 */
final class ProfileDiff {

    /** Whether a piece of a value is in both versions, only in the one before, or only in the proposal. */
    enum Mark {
        SAME,
        REMOVED,
        ADDED
    }

    /** A piece of a value as shown: words of a text, or one item of a list. */
    record Part(String text, Mark mark) {

        public boolean isRemoved() {
            return mark == Mark.REMOVED;
        }

        public boolean isAdded() {
            return mark == Mark.ADDED;
        }
    }

    /**
     * One changed field: its label's message key, the name of the language it is written in (for prose),
     * and the value before and after in parts (empty when there is none).
     */
    record Change(String label, @Nullable String language, List<Part> before, List<Part> after) {

        /** The whole value before, as text. */
        public String beforeText() {
            return text(before);
        }

        /** The whole value proposed, as text. */
        public String afterText() {
            return text(after);
        }

        private static String text(List<Part> parts) {
            StringBuilder text = new StringBuilder();
            parts.forEach(part -> text.append(part.text()));
            return text.toString();
        }
    }

    /** The names shown for the codes a profile keeps, in the reader's language. */
    interface Names {

        String country(String code);

        String theme(String slug);

        String language(String code);

        String activityLevel(String level);

        /** What an activity without a date shows instead. */
        String undated();

        String yesOrNo(boolean value);

        /** The fact a source is given for, as the profile labels it. */
        default String fact(Fact fact) {
            return fact.name();
        }
    }

    /** Words (letters and digits, joined by an apostrophe or a hyphen), runs of white space, any other sign. */
    private static final Pattern TOKENS =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);

    private static final String ITEM_SEPARATOR = "\n";

    private ProfileDiff() {}

    static List<Change> between(ProfileContent base, ProfileContent proposed, Names names) {
        return between(base, proposed, names, SafetySettings.ALL_SHOWN.hiddenFromPublic());
    }

    /**
     * What the proposal changes, given which of the profile's city and contact fields the public does not see
     * (its safety settings): the public form never showed them, so a suggestion that leaves one blank keeps
     * it, as applying it does.
     */
    static List<Change> between(
            ProfileContent base, ProfileContent proposed, Names names, SafetySettings.HiddenFromPublic hidden) {
        List<Change> changes = new ArrayList<>();
        value(changes, "submission.name", base.name(), proposed.name());
        value(changes, "submission.acronym", base.acronym(), proposed.acronym());
        value(
                changes,
                "submission.sourceLanguage",
                names.language(base.sourceLanguage()),
                names.language(proposed.sourceLanguage()));
        value(changes, "submission.foundingYear", base.foundingYear(), proposed.foundingYear());
        value(changes, "submission.city", base.city(), kept(hidden.city(), base.city(), proposed.city()));
        value(changes, "submission.country", names.country(base.countryCode()), names.country(proposed.countryCode()));
        items(changes, "submission.countriesOfWork", otherCountries(base), otherCountries(proposed), names::country);
        items(changes, "submission.themes", base.themes(), proposed.themes(), names::theme);
        items(changes, "submission.networks", base.networks(), proposed.networks(), Function.identity());
        value(changes, "submission.website", base.website(), proposed.website());
        items(changes, "submission.links", base.links(), proposed.links(), Function.identity());
        // A field hidden from the public was never in the public form: left blank, it is kept.
        value(
                changes,
                "submission.contactEmail",
                base.contactEmail(),
                kept(hidden.email(), base.contactEmail(), proposed.contactEmail()));
        value(
                changes,
                "submission.contactPhone",
                base.contactPhone(),
                kept(hidden.phone(), base.contactPhone(), proposed.contactPhone()));
        value(
                changes,
                "submission.contactPerson",
                base.contactPerson(),
                kept(hidden.contactPerson(), base.contactPerson(), proposed.contactPerson()));
        value(
                changes,
                "submission.contactPostalAddress",
                base.contactPostalAddress(),
                kept(hidden.postalAddress(), base.contactPostalAddress(), proposed.contactPostalAddress()));
        // Content can hide public contacts, never show them again (only the safety controls do).
        if (base.contactPublic() && !proposed.contactPublic()) {
            value(changes, "moderation.changes.contactPublic", names.yesOrNo(true), names.yesOrNo(false));
        }
        // Only the languages the proposal carries: approving keeps prose in the others.
        for (String language : new TreeSet<>(proposed.prose().keySet())) {
            String languageName = names.language(language);
            ProfileContent.Text before = base.prose().get(language);
            ProfileContent.Text after = proposed.prose().get(language);
            prose(changes, "moderation.changes.name", languageName, nameIn(base, language), nameIn(proposed, language));
            prose(
                    changes,
                    "submission.summary",
                    languageName,
                    before == null ? null : before.summary(),
                    after == null ? null : after.summary());
            prose(
                    changes,
                    "submission.description",
                    languageName,
                    before == null ? null : before.description(),
                    after == null ? null : after.description());
        }
        prose(changes, "submission.section.activities", null, timeline(base, names), timeline(proposed, names));
        prose(changes, "profile.sources", null, sources(base, names), sources(proposed, names));
        return changes;
    }

    /** A short value, shown whole. */
    private static void value(List<Change> changes, String label, @Nullable Object before, @Nullable Object after) {
        String was = present(before == null ? null : String.valueOf(before));
        String is = present(after == null ? null : String.valueOf(after));
        if (!Objects.equals(was, is)) {
            changes.add(new Change(label, null, whole(was), whole(is)));
        }
    }

    private static List<Part> whole(@Nullable String value) {
        return value == null ? List.of() : List.of(new Part(value, Mark.SAME));
    }

    /** A list whose order says nothing: each item by its name, those taken away and those added marked. */
    private static void items(
            List<Change> changes,
            String label,
            List<String> before,
            List<String> after,
            Function<String, String> name) {
        Set<String> was = new LinkedHashSet<>(before);
        Set<String> is = new LinkedHashSet<>(after);
        if (was.equals(is)) {
            return;
        }
        changes.add(
                new Change(label, null, itemParts(was, is, name, Mark.REMOVED), itemParts(is, was, name, Mark.ADDED)));
    }

    private static List<Part> itemParts(
            Set<String> these, Set<String> others, Function<String, String> name, Mark mark) {
        List<Part> parts = new ArrayList<>();
        these.stream()
                .map(item -> new Part(name.apply(item), others.contains(item) ? Mark.SAME : mark))
                .sorted(Comparator.comparing(Part::text, String.CASE_INSENSITIVE_ORDER))
                .forEach(part -> {
                    if (!parts.isEmpty()) {
                        parts.add(new Part(ITEM_SEPARATOR, Mark.SAME));
                    }
                    parts.add(part);
                });
        return parts;
    }

    /** A text, with the words taken away and those added marked. */
    private static void prose(
            List<Change> changes,
            String label,
            @Nullable String language,
            @Nullable String before,
            @Nullable String after) {
        String was = present(before);
        String is = present(after);
        if (Objects.equals(was, is)) {
            return;
        }
        if (was == null || is == null) {
            changes.add(new Change(label, language, whole(was), whole(is)));
            return;
        }
        List<String> from = tokens(was);
        List<String> to = tokens(is);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(from, to).getDeltas();
        changes.add(new Change(
                label,
                language,
                marked(
                        from,
                        deltas,
                        delta -> delta.getSource().getPosition(),
                        delta -> delta.getSource().getLines(),
                        Mark.REMOVED),
                marked(
                        to,
                        deltas,
                        delta -> delta.getTarget().getPosition(),
                        delta -> delta.getTarget().getLines(),
                        Mark.ADDED)));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** One side of a text's diff: its tokens, those of the deltas' side marked, then joined into parts. */
    private static List<Part> marked(
            List<String> tokens,
            List<AbstractDelta<String>> deltas,
            Function<AbstractDelta<String>, Integer> position,
            Function<AbstractDelta<String>, List<String>> lines,
            Mark mark) {
        List<Part> parts = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : deltas) {
            int start = position.apply(delta);
            for (; next < start; next++) {
                parts.add(new Part(tokens.get(next), Mark.SAME));
            }
            for (String token : lines.apply(delta)) {
                parts.add(new Part(token, mark));
                next++;
            }
        }
        for (; next < tokens.size(); next++) {
            parts.add(new Part(tokens.get(next), Mark.SAME));
        }
        return joined(parts);
    }

    /** Neighbours of the same mark as one part; a space between two marked words is marked with them. */
    private static List<Part> joined(List<Part> tokens) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Part part = tokens.get(i);
            Mark mark = part.mark();
            if (mark == Mark.SAME
                    && part.text().isBlank()
                    && i > 0
                    && i + 1 < tokens.size()
                    && tokens.get(i - 1).mark() != Mark.SAME
                    && tokens.get(i + 1).mark() == tokens.get(i - 1).mark()) {
                mark = tokens.get(i - 1).mark();
            }
            Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.mark() == mark) {
                parts.set(parts.size() - 1, new Part(last.text() + part.text(), mark));
            } else {
                parts.add(new Part(part.text(), mark));
            }
        }
        return parts;
    }

    /** The countries it works in besides the one it is based in, which the form never lists again. */
    private static List<String> otherCountries(ProfileContent content) {
        return content.countriesOfWork().stream()
                .filter(code -> !code.equals(content.countryCode()))
                .toList();
    }

    /** What applying gives a field: the proposal's value, or the stored one when hidden and left blank. */
    private static @Nullable String kept(boolean hidden, @Nullable String stored, @Nullable String given) {
        return hidden && present(given) == null ? stored : given;
    }

    /**
     * The name in one language; in the source language the official name is the name, so a copy of it
     * there (as imported profiles have) is the same as none, which is what the form sends.
     */
    private static @Nullable String nameIn(ProfileContent content, String language) {
        ProfileContent.Text text = content.prose().get(language);
        String name = text == null ? null : present(text.name());
        return language.equals(content.sourceLanguage()) && Objects.equals(name, content.name()) ? null : name;
    }

    /** The activities one per line, with their level and date as a reader sees them. */
    private static String timeline(ProfileContent content, Names names) {
        return String.join(
                "\n",
                content.activities().stream()
                        .map(entry -> names.activityLevel(entry.level()) + " · "
                                + (entry.date() == null ? names.undated() : entry.date()) + " · "
                                + entry.text())
                        .toList());
    }

    /** Every source the content names, one a line: the fact (a network by name, an activity by number), then the source. */
    private static @Nullable String sources(ProfileContent content, Names names) {
        List<String> lines = new ArrayList<>();
        content.sources().facts().forEach((fact, source) -> lines.add(names.fact(fact) + " · " + source(source)));
        content.sources().networks().forEach((network, source) -> lines.add(network + " · " + source(source)));
        for (int i = 0; i < content.activities().size(); i++) {
            Source source = content.activities().get(i).source();
            if (source != null) {
                lines.add("#" + (i + 1) + " · " + source(source));
            }
        }
        return lines.isEmpty() ? null : String.join(ITEM_SEPARATOR, lines);
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

    private static @Nullable String present(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
