package org.peacedirectory.submission;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
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
 * addresses, sensible list lengths, sources of facts. Each problem is reported on its field with a message code.
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
        inPart("sources", errors, () -> checkSources(form, errors));
    }

    /**
     * Each source: an address that is a web address, a checked day that is a date and not in the future,
     * and an address or a title whenever a day is given; a network row names a network the form lists.
     */
    private void checkSources(SubmissionForm form, Errors errors) {
        form.sources().factFields().forEach((field, source) -> checkSource(source, field + ".", errors));
        List<String> networks = SubmissionForm.lines(form.organisation().networks());
        List<NetworkSourceForm> rows = form.sources().networks();
        for (int i = 0; i < rows.size(); i++) {
            NetworkSourceForm row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "networks[" + i + "].";
            checkSource(row.source(), path + "source.", errors);
            String network = row.network() == null ? "" : row.network().strip();
            if (network.isEmpty()) {
                errors.rejectValue(path + "network", "submission.source.network.missing");
            } else if (!networks.contains(network) && !errors.hasFieldErrors(path + "network")) {
                errors.rejectValue(path + "network", "submission.source.network.unknown", new Object[] {network}, null);
            }
        }
    }

    private void checkSource(SourceForm source, String path, Errors errors) {
        if (source.url() != null && !source.url().isBlank() && !errors.hasFieldErrors(path + "url")) {
            if (!isWebAddress(source.url().strip())) {
                errors.rejectValue(path + "url", "submission.source.url.invalid", new Object[] {source.url()}, null);
            }
        }
        if (source.checked() != null && !source.checked().isBlank() && !errors.hasFieldErrors(path + "checked")) {
            try {
                LocalDate checked = LocalDate.parse(source.checked().strip());
                LocalDate today = LocalDate.now(clock);
                if (checked.isAfter(today)) {
                    errors.rejectValue(path + "checked", "submission.source.checked.future");
                } else if (checked.getYear() < OLDEST_FOUNDING_YEAR) {
                    errors.rejectValue(path + "checked", "submission.source.checked.invalid");
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue(path + "checked", "submission.source.checked.invalid");
            }
            if (!source.namesSomething()) {
                errors.rejectValue(path + "url", "submission.source.missing");
            }
        }
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

    private void checkActivities(SubmissionForm form, Errors errors) {
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
            inPart("activities[" + i + "]", errors, () -> checkSource(row.source(), "source.", errors));
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
