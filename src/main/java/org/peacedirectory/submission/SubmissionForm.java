package org.peacedirectory.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ProfileContent;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the public form sends, for a new organisation or a suggested change, in one record per part of the
 * form: the organisation, its texts, its activities, the submitter, the hidden state and the sources of the
 * facts. Never bound to an
 * entity: {@link #toProposal()} turns it into the proposal stored with the submission. A part the request
 * does not mention at all is empty rather than null, so its required fields are still reported. The logo
 * and the honeypot ({@code url}, which people never see) stay at the top, under the names a browser or a
 * robot expects.
 */
public record SubmissionForm(
        @Valid OrganisationAnswers organisation,
        @Valid ProseAnswers prose,
        @Valid @Size(max = MAX_ACTIVITIES) List<ActivityForm> activities,
        @Valid SubmitterAnswers submitter,
        FormState state,
        @Valid SourceAnswers sources,
        @Nullable MultipartFile logo,
        @Nullable String url) {

    static final String LANGUAGES = "en|fr|es|pt|ar|de";
    static final String RELATIONSHIPS = "STAFF|MEMBER|VOLUNTEER|PARTNER|RESEARCHER|OTHER";
    static final List<String> LANGUAGE_CODES = Arrays.asList(LANGUAGES.split("\\|"));
    static final int MAX_ACTIVITIES = 100;
    static final int MAX_LINKS = 10;
    static final int MAX_NETWORKS = 20;

    public SubmissionForm {
        organisation = organisation == null ? OrganisationAnswers.NONE : organisation;
        prose = prose == null ? ProseAnswers.blank(null) : prose;
        submitter = submitter == null ? SubmitterAnswers.NONE : submitter;
        state = state == null ? FormState.NONE : state;
        sources = sources == null ? SourceAnswers.NONE : sources;
        // A hand-made request can number rows with gaps (activities[0], activities[5]): the binder fills the
        // gaps with nulls, which are not rows anyone sent.
        activities = activities == null
                ? List.of()
                : activities.stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
    }

    /** An empty form for a new organisation, with one activity row to start with. */
    static SubmissionForm blank(String sourceLanguage, String stamp, String formToken) {
        return new SubmissionForm(
                OrganisationAnswers.NONE,
                ProseAnswers.blank(sourceLanguage),
                List.of(ActivityForm.empty()),
                SubmitterAnswers.NONE,
                FormState.fresh(stamp, formToken),
                SourceAnswers.NONE,
                null,
                null);
    }

    /** The form filled in with a live profile, for suggesting a change to it. */
    public static SubmissionForm of(ProfileContent profile, @Nullable String stamp, String formToken) {
        List<ActivityForm> activities = new ArrayList<>(
                profile.activities().stream().map(ActivityForm::of).toList());
        if (activities.isEmpty()) {
            activities.add(ActivityForm.empty());
        }
        return new SubmissionForm(
                OrganisationAnswers.of(profile),
                ProseAnswers.of(profile),
                activities,
                SubmitterAnswers.NONE,
                FormState.fresh(stamp, formToken),
                SourceAnswers.of(profile),
                null,
                null);
    }

    /** A stored submission's proposal and submitter, to be corrected (by its submitter or a moderator). */
    static SubmissionForm of(Submission submission, @Nullable String stamp, String formToken) {
        return of(submission.getProposal(), stamp, formToken).withSubmitter(submission.getSubmitter());
    }

    /** The proposal to store. Call only once the form is valid (dates parse, lists within limits). */
    public ProfileContent toProposal() {
        String source = validated(prose.sourceLanguage());
        Map<String, ProfileContent.Text> texts = prose.toProse();
        List<ProfileContent.Entry> entries = filledActivities().stream()
                .map(activity -> activity.toEntry(source))
                .toList();
        // The sources kept are those of the facts the proposal gives: read from it without sources first.
        ProfileContent facts = organisation.toProposal(source, texts, entries, ProfileContent.Sources.NONE);
        return organisation.toProposal(source, texts, entries, sources.toSources(facts));
    }

    /** The same answers with the submitter's details filled in, for forms where they are not asked again. */
    public SubmissionForm withSubmitter(Submitter known) {
        return new SubmissionForm(organisation, prose, activities, submitter.as(known), state, sources, null, url);
    }

    /** The token the form is stored under (see {@link VisitorFormTokens}); every form {@link #withState} has one. */
    String formToken() {
        return Objects.requireNonNull(state.formToken(), "given by withState to every form about to be stored");
    }

    /** The logo kept for the form, if any. */
    @Nullable
    String logoToken() {
        return state.logoToken();
    }

    /** A ticked checkbox sends "true"; an unticked one sends nothing. */
    static boolean isTicked(@Nullable String checkbox) {
        return "true".equals(checkbox);
    }

    /** An answer the form's validation has already found present (the form is valid). */
    static String validated(@Nullable String answer) {
        return Objects.requireNonNull(answer, "checked by the form's validation before use");
    }

    /** Activity rows with something in them. */
    List<ActivityForm> filledActivities() {
        return activities.stream().filter(activity -> !activity.isEmpty()).toList();
    }

    static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .distinct()
                .toList();
    }

    /** "addActivity" appends an empty row; "removeActivity:3" removes the fourth; the rest stays as typed. */
    SubmissionForm withActivitiesEdited(String action) {
        List<ActivityForm> rows = new ArrayList<>(activities);
        if (action.equals("addActivity") && rows.size() < MAX_ACTIVITIES) {
            rows.add(ActivityForm.empty());
        } else if (action.startsWith("removeActivity:")) {
            int index = parseIndex(action.substring("removeActivity:".length()));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        }
        return new SubmissionForm(organisation, prose, rows, submitter, state, sources, null, url);
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The same answers with a fresh stamp, the current logo and the duplicate warning seen or not. */
    SubmissionForm withState(String newStamp, @Nullable String newLogoToken, boolean acknowledged) {
        FormState next = new FormState(newStamp, usableFormToken(), newLogoToken, acknowledged ? "true" : null);
        return new SubmissionForm(organisation, prose, activities, submitter, next, sources, null, url);
    }

    /** The same answers under another form token: the one bound to the session, to store the submission under. */
    SubmissionForm withFormToken(String boundFormToken) {
        FormState bound =
                new FormState(state.stamp(), boundFormToken, state.logoToken(), state.duplicatesAcknowledged());
        return new SubmissionForm(organisation, prose, activities, submitter, bound, sources, logo, url);
    }

    /**
     * The token that makes a double click one submission; a request that lost it or altered it (made by
     * hand, or by a bot) gets a fresh one rather than a database error.
     */
    private String usableFormToken() {
        String token = state.formToken();
        return token != null && token.matches("[A-Za-z0-9_-]{16,64}") ? token : SubmissionFormPage.randomToken();
    }
}
