package org.peacedirectory.submission;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.ProfileContent;

/**
 * The organisation's part of the form (fields {@code organisation.*}): who it is, where it works, where it
 * is found and how to reach it. Every field has a limit.
 */
public record OrganisationAnswers(
        @NotBlank @Size(max = 300) @Nullable String name,
        @Size(max = 40) @Nullable String acronym,
        @Pattern(regexp = "\\d{4}") @Nullable String foundingYear,
        @Size(max = 120) @Nullable String city,
        @NotBlank @Size(max = 2) @Nullable String countryCode,
        @Size(max = 60) List<String> countriesOfWork,
        @Size(max = 15) List<String> themes,
        @Size(max = 2000) @Nullable String networks,
        @Size(max = 500) @Nullable String website,
        @Size(max = 2000) @Nullable String links,
        @Email @Size(max = 254) @Nullable String contactEmail,

        @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*") @Nullable
        String contactPhone,

        @Size(max = 500) @Nullable String contactPostalAddress,
        @Size(max = 200) @Nullable String contactPerson,
        @Nullable String contactPublic) {

    static final OrganisationAnswers NONE = new OrganisationAnswers(
            null, null, null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null);

    public OrganisationAnswers {
        countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
        countriesOfWork = countriesOfWork == null
                ? List.of()
                : countriesOfWork.stream()
                        .map(code -> code.toUpperCase(Locale.ROOT))
                        .toList();
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The answers a live profile or a proposal gives. */
    static OrganisationAnswers of(ProfileContent profile) {
        return new OrganisationAnswers(
                profile.name(),
                profile.acronym(),
                profile.foundingYear() == null ? null : profile.foundingYear().toString(),
                profile.city(),
                profile.countryCode(),
                profile.countriesOfWork(),
                profile.themes(),
                String.join("\n", profile.networks()),
                profile.website(),
                String.join("\n", profile.links()),
                profile.contactEmail(),
                profile.contactPhone(),
                profile.contactPostalAddress(),
                profile.contactPerson(),
                profile.contactPublic() ? "true" : null);
    }

    /** The proposal these answers make, with the texts, activities and sources of the rest of the form. */
    ProfileContent toProposal(
            String sourceLanguage,
            Map<String, ProfileContent.Text> prose,
            List<ProfileContent.Entry> activities,
            ProfileContent.Sources sources) {
        return new ProfileContent(
                SubmissionForm.validated(name),
                acronym,
                sourceLanguage,
                foundingYear == null ? null : Integer.valueOf(foundingYear),
                city,
                SubmissionForm.validated(countryCode),
                countriesOfWork.stream()
                        .filter(code -> !code.equals(countryCode))
                        .distinct()
                        .toList(),
                themes.stream().distinct().toList(),
                SubmissionForm.lines(networks),
                website,
                SubmissionForm.lines(links),
                contactEmail,
                contactPhone,
                contactPostalAddress,
                contactPerson,
                SubmissionForm.isTicked(contactPublic),
                prose,
                activities,
                sources);
    }
}
