package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacedirectory.moderation.ProfileDiff.Change;
import org.peacedirectory.moderation.ProfileDiff.Mark;
import org.peacedirectory.moderation.ProfileDiff.Part;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.SafetySettings;

/** The review diff in words: names for codes, changed words marked, and nothing reported that is not a change. */
class ProfileDiffTest {

    private static final ProfileDiff.Names NAMES = new ProfileDiff.Names() {
        @Override
        public String country(String code) {
            return Map.of("ML", "Mali", "SN", "Senegal", "BF", "Burkina Faso").getOrDefault(code, code);
        }

        @Override
        public String theme(String slug) {
            return Map.of("conflict-prevention", "Conflict prevention", "peace-education", "Peace education")
                    .getOrDefault(slug, slug);
        }

        @Override
        public String language(String code) {
            return Map.of("fr", "French", "en", "English").getOrDefault(code, code);
        }

        @Override
        public String activityLevel(String level) {
            return level.equals("NATIONAL") ? "National" : level;
        }

        @Override
        public String undated() {
            return "Date unknown";
        }

        @Override
        public String yesOrNo(boolean value) {
            return value ? "Yes" : "No";
        }
    };

    /** The imported profile's contacts are for moderators only. */
    private static final SafetySettings.HiddenFromPublic HIDDEN =
            new SafetySettings.HiddenFromPublic(false, true, true, true, true);

    private static final String NAME = "Coalition Nationale pour la Paix";
    private static final String DESCRIPTION = "Créée à Bamako en 1999, la coalition fédère des organisations.\n\n"
            + "Elle œuvre pour la paix et contre les armes légères.";
    private static final String CHANGED_DESCRIPTION =
            DESCRIPTION.replace("contre les armes légères", "contre la prolifération des armes");
    private static final String PHONE = "+223 20 22 00 00";

    /** A profile as imported: the base country among the countries of work, the official name repeated in French. */
    private static ProfileContent live() {
        return new ProfileContent(
                NAME,
                "CNP",
                "fr",
                1999,
                "Bamako",
                "ML",
                List.of("ML", "SN"),
                List.of("conflict-prevention", "peace-education"),
                List.of("IANSA", "WAANSA"),
                null,
                List.of(),
                "hidden@example.org",
                null,
                null,
                null,
                false,
                Map.of(
                        "fr", new ProfileContent.Text(NAME, "Coalition malienne.", DESCRIPTION),
                        "en", new ProfileContent.Text("National Coalition for Peace", "Malian coalition.", null)),
                List.of(new ProfileContent.Entry("NATIONAL", "2005", "Atelier à Gao.", "fr")),
                ProfileContent.Sources.NONE);
    }

    /** What the public "suggest an edit" form sends back for it untouched. */
    private static ProfileContent untouchedSuggestion() {
        return changed(live(), content -> {
            content.countriesOfWork = List.of("SN");
            content.themes = List.of("peace-education", "conflict-prevention");
            content.networks = List.of("WAANSA", "IANSA");
            content.contactEmail = null;
            content.prose = Map.of(
                    "fr", new ProfileContent.Text(null, "Coalition malienne.", DESCRIPTION),
                    "en", new ProfileContent.Text("National Coalition for Peace", "Malian coalition.", ""));
        });
    }

    private static ProfileContent phoneGiven() {
        return changed(untouchedSuggestion(), content -> content.contactPhone = PHONE);
    }

    private static ProfileContent countriesAndThemesChanged() {
        return changed(untouchedSuggestion(), content -> {
            content.countryCode = "SN";
            content.countriesOfWork = List.of("BF");
            content.themes = List.of("conflict-prevention");
            content.networks = live().networks();
            content.prose = Map.of();
        });
    }

    private static ProfileContent descriptionChanged() {
        return changed(untouchedSuggestion(), content -> {
            Map<String, ProfileContent.Text> prose = new TreeMap<>(content.prose);
            ProfileContent.Text french = prose.get("fr");
            prose.put("fr", new ProfileContent.Text(french.name(), french.summary(), CHANGED_DESCRIPTION));
            content.prose = prose;
        });
    }

    private static ProfileContent translationRenamedAndActivityAdded() {
        return changed(untouchedSuggestion(), content -> {
            content.themes = live().themes();
            content.networks = live().networks();
            content.prose = Map.of(
                    "fr",
                    untouchedSuggestion().prose().get("fr"),
                    "en",
                    new ProfileContent.Text("National Peace Coalition", "Malian coalition.", null));
            content.activities = List.of(
                    new ProfileContent.Entry("NATIONAL", "2005", "Atelier à Gao.", "fr"),
                    new ProfileContent.Entry("NATIONAL", null, "Campagne à Bamako.", "fr"));
        });
    }

    /**
     * Each case: the live profile, the suggestion, what the profile hides (null: nothing), and every change
     * the review lists, in order, as (label, language, text before, text after).
     */
    static Stream<Arguments> suggestions() {
        return Stream.of(
                Arguments.of(
                        "an untouched suggestion changes nothing", live(), untouchedSuggestion(), HIDDEN, List.of()),
                Arguments.of(
                        "a changed phone is the only change",
                        changed(live(), content -> content.contactEmail = null),
                        phoneGiven(),
                        HIDDEN,
                        List.of(tuple("submission.contactPhone", null, "", PHONE))),
                Arguments.of(
                        "countries and themes are named, not coded",
                        live(),
                        countriesAndThemesChanged(),
                        HIDDEN,
                        List.of(
                                tuple("submission.country", null, "Mali", "Senegal"),
                                tuple("submission.countriesOfWork", null, "Senegal", "Burkina Faso"),
                                tuple(
                                        "submission.themes",
                                        null,
                                        "Conflict prevention\nPeace education",
                                        "Conflict prevention"))),
                Arguments.of(
                        "a long text is one change in its language",
                        live(),
                        descriptionChanged(),
                        HIDDEN,
                        List.of(tuple("submission.description", "French", DESCRIPTION, CHANGED_DESCRIPTION))),
                Arguments.of(
                        "a contact given replaces the hidden one but cannot show it",
                        live(),
                        changed(untouchedSuggestion(), content -> {
                            content.themes = live().themes();
                            content.networks = live().networks();
                            content.contactEmail = "new@example.org";
                            content.contactPublic = true;
                        }),
                        HIDDEN,
                        List.of(tuple("submission.contactEmail", null, "hidden@example.org", "new@example.org"))),
                Arguments.of(
                        "a renamed translation and activities are shown in words",
                        live(),
                        translationRenamedAndActivityAdded(),
                        HIDDEN,
                        List.of(
                                tuple(
                                        "moderation.changes.name",
                                        "English",
                                        "National Coalition for Peace",
                                        "National Peace Coalition"),
                                tuple(
                                        "submission.section.activities",
                                        null,
                                        "National · 2005 · Atelier à Gao.",
                                        "National · 2005 · Atelier à Gao.\nNational · Date unknown · Campagne à Bamako."))),
                Arguments.of(
                        "a phone given keeps the hidden email",
                        live(),
                        phoneGiven(),
                        HIDDEN,
                        List.of(tuple("submission.contactPhone", null, "", PHONE))),
                Arguments.of(
                        "the same email left blank where it was public is taken away",
                        live(),
                        phoneGiven(),
                        null,
                        List.of(
                                tuple("submission.contactEmail", null, "hidden@example.org", ""),
                                tuple("submission.contactPhone", null, "", PHONE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suggestions")
    void theReviewListsExactlyTheChangesInWords(
            String behaviour,
            ProfileContent live,
            ProfileContent suggestion,
            SafetySettings.@Nullable HiddenFromPublic hidden,
            List<Tuple> expected) {
        List<Change> changes = hidden == null
                ? ProfileDiff.between(live, suggestion, NAMES)
                : ProfileDiff.between(live, suggestion, NAMES, hidden);

        assertThat(changes)
                .extracting(Change::label, Change::language, Change::beforeText, Change::afterText)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void listsAreMarkedItemByItem() {
        List<Change> changes = ProfileDiff.between(live(), countriesAndThemesChanged(), NAMES, HIDDEN);

        assertThat(changes.get(1).before()).containsExactly(new Part("Senegal", Mark.REMOVED));
        assertThat(changes.get(1).after()).containsExactly(new Part("Burkina Faso", Mark.ADDED));
        assertThat(changes.get(2).before())
                .containsExactly(
                        new Part("Conflict prevention", Mark.SAME),
                        new Part("\n", Mark.SAME),
                        new Part("Peace education", Mark.REMOVED));
        assertThat(changes.get(2).after()).containsExactly(new Part("Conflict prevention", Mark.SAME));
    }

    @Test
    void aLongTextShowsTheWordsRemovedAndAdded() {
        Change description =
                ProfileDiff.between(live(), descriptionChanged(), NAMES, HIDDEN).get(0);

        assertThat(description.before())
                .filteredOn(Part::isRemoved)
                .extracting(Part::text)
                .singleElement()
                .asString()
                .contains("légères")
                .doesNotContain("contre", "paix");
        assertThat(description.after())
                .filteredOn(Part::isAdded)
                .extracting(Part::text)
                .singleElement()
                .asString()
                .contains("prolifération")
                .doesNotContain("contre", "paix");
        assertThat(description.before().get(0))
                .as("the untouched start stays one piece")
                .isEqualTo(new Part(
                        "Créée à Bamako en 1999, la coalition fédère des organisations.\n\nElle œuvre pour la paix et contre ",
                        Mark.SAME));
    }

    @Test
    void anAddedActivityIsMarkedAsAdded() {
        Change activities = ProfileDiff.between(live(), translationRenamedAndActivityAdded(), NAMES, HIDDEN)
                .get(1);

        assertThat(activities.after())
                .filteredOn(Part::isAdded)
                .extracting(Part::text)
                .containsExactly("\nNational · Date unknown · Campagne à Bamako.");
    }

    /** The content with some components changed (a record has no setters: this copies it, changes, builds). */
    private static ProfileContent changed(ProfileContent content, Consumer<Components> change) {
        Components components = new Components(content);
        change.accept(components);
        return components.content();
    }

    /** A content's components, to change before building a new one. */
    private static final class Components {

        String countryCode;
        List<String> countriesOfWork;
        List<String> themes;
        List<String> networks;

        @Nullable
        String contactEmail;

        @Nullable
        String contactPhone;

        boolean contactPublic;
        Map<String, ProfileContent.Text> prose;
        List<ProfileContent.Entry> activities;
        private final ProfileContent from;

        Components(ProfileContent from) {
            this.from = from;
            countryCode = from.countryCode();
            countriesOfWork = from.countriesOfWork();
            themes = from.themes();
            networks = from.networks();
            contactEmail = from.contactEmail();
            contactPhone = from.contactPhone();
            contactPublic = from.contactPublic();
            prose = from.prose();
            activities = from.activities();
        }

        ProfileContent content() {
            return new ProfileContent(
                    from.name(),
                    from.acronym(),
                    from.sourceLanguage(),
                    from.foundingYear(),
                    from.city(),
                    countryCode,
                    countriesOfWork,
                    themes,
                    networks,
                    from.website(),
                    from.links(),
                    contactEmail,
                    contactPhone,
                    from.contactPostalAddress(),
                    from.contactPerson(),
                    contactPublic,
                    prose,
                    activities,
                    from.sources());
        }
    }
}
