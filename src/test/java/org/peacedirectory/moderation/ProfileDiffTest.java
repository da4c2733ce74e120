package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacedirectory.moderation.ProfileDiff.Change;
import org.peacedirectory.moderation.ProfileDiff.Mark;
import org.peacedirectory.moderation.ProfileDiff.Part;
import org.peacedirectory.organisation.ProfileContent;

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
    private static final ProfileDiff.Hidden HIDDEN = new ProfileDiff.Hidden(false, true, true, true, true);

    private static final String NAME = "Coalition Nationale pour la Paix";
    private static final String DESCRIPTION = "Créée à Bamako en 1999, la coalition fédère des organisations.\n\n"
            + "Elle œuvre pour la paix et contre les armes légères.";

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
                List.of(new ProfileContent.Entry("NATIONAL", "2005", "Atelier à Gao.", "fr")));
    }

    /** What the public "suggest an edit" form sends back for it untouched. */
    private static ProfileContent untouchedSuggestion() {
        return new ProfileContent(
                NAME,
                "CNP",
                "fr",
                1999,
                "Bamako",
                "ML",
                List.of("SN"),
                List.of("peace-education", "conflict-prevention"),
                List.of("WAANSA", "IANSA"),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                false,
                Map.of(
                        "fr", new ProfileContent.Text(null, "Coalition malienne.", DESCRIPTION),
                        "en", new ProfileContent.Text("National Coalition for Peace", "Malian coalition.", "")),
                List.of(new ProfileContent.Entry("NATIONAL", "2005", "Atelier à Gao.", "fr")));
    }

    @Test
    void anUntouchedSuggestionChangesNothing() {
        assertThat(ProfileDiff.between(live(), untouchedSuggestion(), NAMES, HIDDEN))
                .isEmpty();
    }

    @Test
    void aChangedPhoneIsTheOnlyChange() {
        ProfileContent suggestion = with(untouchedSuggestion(), "+223 20 22 00 00");

        List<Change> changes = ProfileDiff.between(withContact(live(), null), suggestion, NAMES, HIDDEN);

        assertThat(changes).extracting(Change::label).containsExactly("submission.contactPhone");
        assertThat(changes.get(0).beforeText()).isEmpty();
        assertThat(changes.get(0).afterText()).isEqualTo("+223 20 22 00 00");
    }

    @Test
    void countriesAndThemesAreNamedNotCoded() {
        ProfileContent live = live();
        ProfileContent suggestion = new ProfileContent(
                NAME,
                "CNP",
                "fr",
                1999,
                "Bamako",
                "SN",
                List.of("BF"),
                List.of("conflict-prevention"),
                live.networks(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                false,
                Map.of(),
                live.activities());

        List<Change> changes = ProfileDiff.between(live, suggestion, NAMES, HIDDEN);

        assertThat(changes)
                .extracting(Change::label)
                .containsExactly("submission.country", "submission.countriesOfWork", "submission.themes");
        assertThat(changes.get(0).beforeText()).isEqualTo("Mali");
        assertThat(changes.get(0).afterText()).isEqualTo("Senegal");
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
        ProfileContent live = live();
        String changed = DESCRIPTION.replace("contre les armes légères", "contre la prolifération des armes");
        ProfileContent suggestion = withDescription(untouchedSuggestion(), changed);

        List<Change> changes = ProfileDiff.between(live, suggestion, NAMES, HIDDEN);

        assertThat(changes).hasSize(1);
        Change description = changes.get(0);
        assertThat(description.label()).isEqualTo("submission.description");
        assertThat(description.language()).isEqualTo("French");
        assertThat(description.beforeText()).isEqualTo(DESCRIPTION);
        assertThat(description.afterText()).isEqualTo(changed);
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
    void aContactGivenReplacesTheHiddenOneButCannotShowIt() {
        ProfileContent suggestion = new ProfileContent(
                NAME,
                "CNP",
                "fr",
                1999,
                "Bamako",
                "ML",
                List.of("SN"),
                live().themes(),
                live().networks(),
                null,
                List.of(),
                "new@example.org",
                null,
                null,
                null,
                true,
                untouchedSuggestion().prose(),
                live().activities());

        assertThat(ProfileDiff.between(live(), suggestion, NAMES, HIDDEN))
                .extracting(Change::label, Change::beforeText, Change::afterText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "submission.contactEmail", "hidden@example.org", "new@example.org"));
    }

    @Test
    void aRenamedTranslationAndActivitiesAreShownInWords() {
        ProfileContent live = live();
        ProfileContent untouched = untouchedSuggestion();
        ProfileContent suggestion = new ProfileContent(
                NAME,
                "CNP",
                "fr",
                1999,
                "Bamako",
                "ML",
                List.of("SN"),
                live.themes(),
                live.networks(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                false,
                Map.of(
                        "fr",
                        untouched.prose().get("fr"),
                        "en",
                        new ProfileContent.Text("National Peace Coalition", "Malian coalition.", null)),
                List.of(
                        new ProfileContent.Entry("NATIONAL", "2005", "Atelier à Gao.", "fr"),
                        new ProfileContent.Entry("NATIONAL", null, "Campagne à Bamako.", "fr")));

        List<Change> changes = ProfileDiff.between(live, suggestion, NAMES, HIDDEN);

        assertThat(changes)
                .extracting(Change::label, Change::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("moderation.changes.name", "English"),
                        org.assertj.core.groups.Tuple.tuple("submission.section.activities", null));
        assertThat(changes.get(1).afterText())
                .isEqualTo("National · 2005 · Atelier à Gao.\nNational · Date unknown · Campagne à Bamako.");
        assertThat(changes.get(1).after())
                .filteredOn(Part::isAdded)
                .extracting(Part::text)
                .containsExactly("\nNational · Date unknown · Campagne à Bamako.");
    }

    @Test
    void aPhoneGivenKeepsTheHiddenEmail() {
        ProfileContent suggestion = with(untouchedSuggestion(), "+223 20 22 00 00");

        assertThat(ProfileDiff.between(live(), suggestion, NAMES, HIDDEN))
                .extracting(Change::label)
                .containsExactly("submission.contactPhone");
        assertThat(ProfileDiff.between(live(), suggestion, NAMES))
                .as("the same email left blank where it was public: taken away")
                .extracting(Change::label)
                .containsExactly("submission.contactEmail", "submission.contactPhone");
    }

    private static ProfileContent withContact(ProfileContent content, @org.jspecify.annotations.Nullable String email) {
        return new ProfileContent(
                content.name(),
                content.acronym(),
                content.sourceLanguage(),
                content.foundingYear(),
                content.city(),
                content.countryCode(),
                content.countriesOfWork(),
                content.themes(),
                content.networks(),
                content.website(),
                content.links(),
                email,
                content.contactPhone(),
                null,
                null,
                content.contactPublic(),
                content.prose(),
                content.activities());
    }

    private static ProfileContent with(ProfileContent content, String phone) {
        return new ProfileContent(
                content.name(),
                content.acronym(),
                content.sourceLanguage(),
                content.foundingYear(),
                content.city(),
                content.countryCode(),
                content.countriesOfWork(),
                content.themes(),
                content.networks(),
                content.website(),
                content.links(),
                content.contactEmail(),
                phone,
                null,
                null,
                content.contactPublic(),
                content.prose(),
                content.activities());
    }

    private static ProfileContent withDescription(ProfileContent content, String description) {
        Map<String, ProfileContent.Text> prose = new java.util.TreeMap<>(content.prose());
        ProfileContent.Text french = prose.get("fr");
        prose.put("fr", new ProfileContent.Text(french.name(), french.summary(), description));
        return new ProfileContent(
                content.name(),
                content.acronym(),
                content.sourceLanguage(),
                content.foundingYear(),
                content.city(),
                content.countryCode(),
                content.countriesOfWork(),
                content.themes(),
                content.networks(),
                content.website(),
                content.links(),
                content.contactEmail(),
                content.contactPhone(),
                null,
                null,
                content.contactPublic(),
                prose,
                content.activities());
    }
}
