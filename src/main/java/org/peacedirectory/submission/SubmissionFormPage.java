package org.peacedirectory.submission;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ActivityLevel;
import org.peacedirectory.system.RandomTokens;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Everything the submission form page needs besides the form itself: choices, state, the kept logo. */
@Component
class SubmissionFormPage {

    record Choice(String value, String label) {}

    private static final SubmissionFieldIds FIELD_IDS = new SubmissionFieldIds();

    private final TaxonomyLists taxonomy;

    SubmissionFormPage(TaxonomyLists taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Shows the form as given, with no error messages (a first view, or after adding a row). */
    public String show(Model model, SubmissionForm form, @Nullable String changeOfSlug) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + SubmissionController.FORM);
        model.addAttribute(SubmissionController.FORM, form);
        return showWithErrors(model, form, changeOfSlug);
    }

    /** Shows the form as it was sent, with its errors; {@code form}'s state carries the stamp, logo and warning. */
    public String showWithErrors(Model model, SubmissionForm form, @Nullable String changeOfSlug) {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("stamp", form.state().stamp());
        model.addAttribute("logoToken", form.state().logoToken());
        model.addAttribute("duplicatesAcknowledged", form.state().isDuplicateWarningSeen());
        model.addAttribute("fieldIds", FIELD_IDS);
        model.addAttribute("changeOf", changeOfSlug);
        model.addAttribute(
                "countryChoices",
                taxonomy.countries().stream()
                        .map(country -> new Choice(country.getCode(), country.name(locale)))
                        .sorted(Comparator.comparing(Choice::label, collator))
                        .toList());
        model.addAttribute(
                "themeChoices",
                taxonomy.themes().stream()
                        .map(theme -> new Choice(theme.getSlug(), theme.label(locale)))
                        .toList());
        model.addAttribute("languageChoices", SubmissionForm.LANGUAGE_CODES);
        model.addAttribute("levelChoices", List.of(ActivityLevel.values()));
        model.addAttribute("relationshipChoices", List.of(Relationship.values()));
        model.addAttribute("maxActivities", SubmissionForm.MAX_ACTIVITIES);
        return "submissions/form";
    }

    public String newFormToken() {
        return randomToken();
    }

    /** A token for a form or an uploaded logo: 24 random bytes, URL-safe. */
    static String randomToken() {
        return RandomTokens.of(24);
    }
}
