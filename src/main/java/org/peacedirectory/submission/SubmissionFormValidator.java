package org.peacedirectory.submission;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ActivityLevel;
import org.peacedirectory.organisation.InvalidPartialDateException;
import org.peacedirectory.organisation.PartialDate;
import org.peacedirectory.taxonomy.Countries;
import org.peacedirectory.taxonomy.Themes;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks that annotations cannot express: known countries and themes, readable dates, web
 * addresses, sensible list lengths. Each problem is reported on its field with a message code.
 */
@Component
class SubmissionFormValidator {

    private static final int MAX_URL_LENGTH = 500;
    private static final int MAX_NETWORK_LENGTH = 200;
    private static final int OLDEST_FOUNDING_YEAR = 1800;

    private final Countries countries;
    private final Themes themes;
    private final Clock clock;

    SubmissionFormValidator(Countries countries, Themes themes, Clock clock) {
        this.countries = countries;
        this.themes = themes;
        this.clock = clock;
    }

    public void validate(SubmissionForm form, Errors errors) {
        OrganisationAnswers organisation = form.organisation();
        // Each part's problems are reported on its own fields (organisation.countryCode, prose.translatedSummary).
        inPart("organisation", errors, () -> {
            checkCountries(organisation, errors);
            checkThemes(organisation, errors);
            checkFoundingYear(organisation, errors);
        });
        inPart("prose", errors, () -> checkTranslation(form.prose(), errors));
        inPart("organisation", errors, () -> {
            checkUrl(organisation.website(), "website", errors);
            checkLinks(organisation, errors);
            checkNetworks(organisation, errors);
        });
        checkActivities(form, errors);
    }

    private static void inPart(String part, Errors errors, Runnable checks) {
        errors.pushNestedPath(part);
        try {
            checks.run();
        } finally {
            errors.popNestedPath();
        }
    }

    private void checkCountries(OrganisationAnswers answers, Errors errors) {
        if (answers.countryCode() != null && !answers.countryCode().isBlank() && !knownCountry(answers.countryCode())) {
            errors.rejectValue("countryCode", "submission.country.unknown");
        }
        Set<String> codes = new HashSet<>(answers.countriesOfWork());
        if (!codes.isEmpty() && countries.findAllById(codes).size() != codes.size()) {
            errors.rejectValue("countriesOfWork", "submission.countries.unknown");
        }
    }

    private boolean knownCountry(String code) {
        return code.length() == 2 && countries.existsById(code.toUpperCase(Locale.ROOT));
    }

    private void checkThemes(OrganisationAnswers answers, Errors errors) {
        Set<String> slugs = new HashSet<>(answers.themes());
        if (!slugs.isEmpty() && themes.findAllById(slugs).size() != slugs.size()) {
            errors.rejectValue("themes", "submission.themes.unknown");
        }
    }

    private void checkFoundingYear(OrganisationAnswers answers, Errors errors) {
        if (answers.foundingYear() == null || errors.hasFieldErrors("foundingYear")) {
            return;
        }
        int year = Integer.parseInt(answers.foundingYear());
        int thisYear = Year.now(clock).getValue();
        if (year < OLDEST_FOUNDING_YEAR || year > thisYear) {
            errors.rejectValue(
                    "foundingYear",
                    "submission.foundingYear.range",
                    new Object[] {OLDEST_FOUNDING_YEAR, thisYear},
                    null);
        }
    }

    private static void checkTranslation(ProseAnswers answers, Errors errors) {
        String language = answers.translationLanguage();
        if (answers.isTranslated() && language == null) {
            errors.rejectValue("translationLanguage", "submission.translation.languageMissing");
        } else if (language != null && language.equals(answers.sourceLanguage())) {
            errors.rejectValue("translationLanguage", "submission.translation.sameLanguage");
        } else if (language != null && answers.translatedSummary() == null) {
            errors.rejectValue("translatedSummary", "submission.translation.summaryMissing");
        }
    }

    private static void checkLinks(OrganisationAnswers answers, Errors errors) {
        List<String> links = SubmissionForm.lines(answers.links());
        if (links.size() > SubmissionForm.MAX_LINKS) {
            errors.rejectValue("links", "submission.links.tooMany", new Object[] {SubmissionForm.MAX_LINKS}, null);
            return;
        }
        links.stream()
                .filter(link -> !isWebAddress(link))
                .findFirst()
                .ifPresent(bad -> errors.rejectValue("links", "submission.url.invalid", new Object[] {bad}, null));
    }

    private static void checkUrl(@Nullable String url, String field, Errors errors) {
        if (url != null && !isWebAddress(url) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "submission.url.invalid", new Object[] {url}, null);
        }
    }

    /** Only http and https addresses with a host: no javascript:, data: or relative links on a profile. */
    static boolean isWebAddress(String text) {
        if (text.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkNetworks(OrganisationAnswers answers, Errors errors) {
        List<String> networks = SubmissionForm.lines(answers.networks());
        if (networks.size() > SubmissionForm.MAX_NETWORKS
                || networks.stream().anyMatch(network -> network.length() > MAX_NETWORK_LENGTH)) {
            errors.rejectValue(
                    "networks",
                    "submission.networks.tooMany",
                    new Object[] {SubmissionForm.MAX_NETWORKS, MAX_NETWORK_LENGTH},
                    null);
        }
    }

    private static void checkActivities(SubmissionForm form, Errors errors) {
        List<ActivityForm> rows = form.activities();
        for (int i = 0; i < rows.size(); i++) {
            ActivityForm row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "activities[" + i + "].";
            if (!isLevel(row.level())) {
                errors.rejectValue(path + "level", "submission.activity.levelUnknown");
            }
            if (row.text() == null || row.text().isBlank()) {
                errors.rejectValue(path + "text", "submission.activity.textMissing");
            }
            if (row.date() != null && !row.date().isBlank() && !errors.hasFieldErrors(path + "date")) {
                try {
                    PartialDate.parse(row.date());
                } catch (InvalidPartialDateException e) {
                    errors.rejectValue(path + "date", e.getCode(), e.getArguments(), e.getMessage());
                }
            }
        }
    }

    private static boolean isLevel(@Nullable String level) {
        for (ActivityLevel value : ActivityLevel.values()) {
            if (value.name().equals(level)) {
                return true;
            }
        }
        return false;
    }
}
