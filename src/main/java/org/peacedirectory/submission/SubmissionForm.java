package org.peacedirectory.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.peacedirectory.organisation.PartialDate;
import org.peacedirectory.organisation.ProfileContent;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the public form sends, for a new organisation or a suggested change. Never bound to an entity:
 * {@link #toProposal()} turns it into the proposal stored with the submission. Every field has a limit.
 */
public record SubmissionForm(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 40) String acronym,
        @NotBlank @Pattern(regexp = LANGUAGES) String sourceLanguage,
        @NotBlank @Size(max = 300) String summary,
        @Size(max = 20000) String description,
        @Pattern(regexp = LANGUAGES) String translationLanguage,
        @Size(max = 300) String translatedName,
        @Size(max = 300) String translatedSummary,
        @Size(max = 20000) String translatedDescription,
        @Pattern(regexp = "\\d{4}") String foundingYear,
        @Size(max = 120) String city,
        @NotBlank @Size(max = 2) String countryCode,
        @Size(max = 60) List<String> countriesOfWork,
        @Size(max = 15) List<String> themes,
        @Size(max = 2000) String networks,
        @Size(max = 500) String website,
        @Size(max = 2000) String links,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*") String contactPhone,
        String contactPublic,
        @Valid @Size(max = MAX_ACTIVITIES) List<ActivityForm> activities,
        @NotBlank @Size(max = 120) String submitterName,
        @NotBlank @Email @Size(max = 254) String submitterEmail,
        @NotBlank @Pattern(regexp = RELATIONSHIPS) String submitterRelationship,
        @NotBlank String consent,
        @Size(max = 2000) String noteToModerators,
        String url,
        MultipartFile logo,
        String stamp,
        String formToken,
        String logoToken,
        String duplicatesAcknowledged) {

    static final String LANGUAGES = "en|fr|es|pt|ar|de";
    static final String RELATIONSHIPS = "STAFF|MEMBER|VOLUNTEER|PARTNER|RESEARCHER|OTHER";
    static final List<String> LANGUAGE_CODES = Arrays.asList(LANGUAGES.split("\\|"));
    static final int MAX_ACTIVITIES = 100;
    static final int MAX_LINKS = 10;
    static final int MAX_NETWORKS = 20;

    public SubmissionForm {
        countryCode = countryCode == null ? null : countryCode.toUpperCase(java.util.Locale.ROOT);
        countriesOfWork = countriesOfWork == null ? List.of()
                : countriesOfWork.stream().map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList();
        themes = themes == null ? List.of() : List.copyOf(themes);
        // A hand-made request can number rows with gaps (activities[0], activities[5]): the binder fills the
        // gaps with nulls, which are not rows anyone sent.
        activities = activities == null ? List.of()
                : activities.stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
    }

    /** An empty form for a new organisation, with one activity row to start with. */
    static SubmissionForm blank(String sourceLanguage, String stamp, String formToken) {
        return new SubmissionForm(null, null, sourceLanguage, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), null, null, null, null, null, null, List.of(ActivityForm.empty()), null, null,
                null, null, null, null, null, stamp, formToken, null, null);
    }

    /** The form filled in with a live profile, for suggesting a change to it. */
    public static SubmissionForm of(ProfileContent profile, String stamp, String formToken) {
        String source = profile.sourceLanguage();
        ProfileContent.Text original = profile.prose().getOrDefault(source, new ProfileContent.Text(null, null, null));
        Map.Entry<String, ProfileContent.Text> translation = profile.prose().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(source))
                .findFirst().orElse(null);
        List<ActivityForm> activities = new ArrayList<>(profile.activities().stream()
                .map(activity -> new ActivityForm(activity.level(), activity.date(), activity.text(),
                        activity.language()))
                .toList());
        if (activities.isEmpty()) {
            activities.add(ActivityForm.empty());
        }
        return new SubmissionForm(profile.name(), profile.acronym(), source, original.summary(), original.description(),
                translation == null ? null : translation.getKey(),
                translation == null ? null : translation.getValue().name(),
                translation == null ? null : translation.getValue().summary(),
                translation == null ? null : translation.getValue().description(),
                profile.foundingYear() == null ? null : profile.foundingYear().toString(), profile.city(),
                profile.countryCode(), profile.countriesOfWork(),
                profile.themes(), String.join("\n", profile.networks()), profile.website(),
                String.join("\n", profile.links()), profile.contactEmail(), profile.contactPhone(),
                profile.contactPublic() ? "true" : null, activities, null, null, null, null, null, null, null, stamp,
                formToken, null, null);
    }

    /** The proposal to store. Call only once the form is valid (dates parse, lists within limits). */
    public ProfileContent toProposal() {
        Map<String, ProfileContent.Text> prose = new LinkedHashMap<>();
        prose.put(sourceLanguage, new ProfileContent.Text(null, summary, description));
        if (translationLanguage != null && !translationLanguage.equals(sourceLanguage)
                && (translatedName != null || translatedSummary != null || translatedDescription != null)) {
            prose.put(translationLanguage,
                    new ProfileContent.Text(translatedName, translatedSummary, translatedDescription));
        }
        List<ProfileContent.Entry> timeline = filledActivities().stream()
                .map(activity -> new ProfileContent.Entry(activity.level(),
                        activity.date() == null ? null : PartialDate.parse(activity.date()).edtf(),
                        // An activity keeps the language it was written in; a new one is in the source language.
                        activity.text(), activity.language() == null ? sourceLanguage : activity.language()))
                .toList();
        return new ProfileContent(name, acronym, sourceLanguage,
                foundingYear == null ? null : Integer.valueOf(foundingYear), city, countryCode,
                countriesOfWork.stream().filter(code -> !code.equals(countryCode)).distinct().toList(),
                themes.stream().distinct().toList(), lines(networks), website, lines(links),
                contactEmail, contactPhone, isTicked(contactPublic), prose, timeline);
    }

    /** The same answers with the submitter's details filled in, for forms where they are not asked again. */
    public SubmissionForm withSubmitter(Submitter submitter) {
        return new SubmissionForm(name, acronym, sourceLanguage, summary, description, translationLanguage,
                translatedName, translatedSummary, translatedDescription, foundingYear, city, countryCode,
                countriesOfWork, themes, networks, website, links, contactEmail, contactPhone, contactPublic,
                activities, submitter.getName(), submitter.getEmail(), submitter.getRelationship().name(), "true",
                noteToModerators, url, null, stamp, formToken, logoToken, duplicatesAcknowledged);
    }

    /** A ticked checkbox sends "true"; an unticked one sends nothing. */
    static boolean isTicked(String checkbox) {
        return "true".equals(checkbox);
    }

    boolean isDuplicateWarningSeen() {
        return isTicked(duplicatesAcknowledged);
    }

    Relationship relationship() {
        return Relationship.valueOf(submitterRelationship);
    }

    /** Activity rows with something in them. */
    List<ActivityForm> filledActivities() {
        return activities.stream().filter(activity -> !activity.isEmpty()).toList();
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }

    SubmissionForm withActivities(List<ActivityForm> rows) {
        return new SubmissionForm(name, acronym, sourceLanguage, summary, description, translationLanguage,
                translatedName, translatedSummary, translatedDescription, foundingYear, city, countryCode,
                countriesOfWork, themes, networks, website, links, contactEmail, contactPhone, contactPublic, rows,
                submitterName, submitterEmail, submitterRelationship, consent, noteToModerators, url, null, stamp,
                formToken, logoToken, duplicatesAcknowledged);
    }

    /** The same answers with a fresh stamp, the current logo and the duplicate warning seen or not. */
    SubmissionForm withState(String newStamp, String newLogoToken, boolean acknowledged) {
        String seen = acknowledged ? "true" : null;
        return new SubmissionForm(name, acronym, sourceLanguage, summary, description, translationLanguage,
                translatedName, translatedSummary, translatedDescription, foundingYear, city, countryCode,
                countriesOfWork, themes, networks, website, links, contactEmail, contactPhone, contactPublic,
                activities, submitterName, submitterEmail, submitterRelationship, consent, noteToModerators, url,
                null, newStamp, usableFormToken(), newLogoToken, seen);
    }

    /** The same answers under another form token: the one bound to the session, to store the submission under. */
    SubmissionForm withFormToken(String boundFormToken) {
        return new SubmissionForm(name, acronym, sourceLanguage, summary, description, translationLanguage,
                translatedName, translatedSummary, translatedDescription, foundingYear, city, countryCode,
                countriesOfWork, themes, networks, website, links, contactEmail, contactPhone, contactPublic,
                activities, submitterName, submitterEmail, submitterRelationship, consent, noteToModerators, url,
                logo, stamp, boundFormToken, logoToken, duplicatesAcknowledged);
    }

    /**
     * The token that makes a double click one submission; a request that lost it or altered it (made by
     * hand, or by a bot) gets a fresh one rather than a database error.
     */
    private String usableFormToken() {
        return formToken != null && formToken.matches("[A-Za-z0-9_-]{16,64}") ? formToken
                : SubmissionFormPage.randomToken();
    }
}
