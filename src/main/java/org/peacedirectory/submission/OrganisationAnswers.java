package org.peacedirectory.submission;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.peacedirectory.organisation.ProfileContent;

/**
 * The organisation's part of the form (fields {@code organisation.*}): who it is, where it works, where it
 * is found and how to reach it. Every field has a limit.
 */
public record OrganisationAnswers(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 40) String acronym,
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
        String contactPublic) {

    static final OrganisationAnswers NONE = new OrganisationAnswers(null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public OrganisationAnswers {
        countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
        countriesOfWork = countriesOfWork == null ? List.of()
                : countriesOfWork.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The answers a live profile or a proposal gives. */
    static OrganisationAnswers of(ProfileContent profile) {
        return new OrganisationAnswers(profile.name(), profile.acronym(),
                profile.foundingYear() == null ? null : profile.foundingYear().toString(), profile.city(),
                profile.countryCode(), profile.countriesOfWork(), profile.themes(),
                String.join("\n", profile.networks()), profile.website(), String.join("\n", profile.links()),
                profile.contactEmail(), profile.contactPhone(), profile.contactPublic() ? "true" : null);
    }

    /** The proposal these answers make, with the texts and activities of the rest of the form. */
    ProfileContent toProposal(String sourceLanguage, Map<String, ProfileContent.Text> prose,
            List<ProfileContent.Entry> activities) {
        return new ProfileContent(name, acronym, sourceLanguage,
                foundingYear == null ? null : Integer.valueOf(foundingYear), city, countryCode,
                countriesOfWork.stream().filter(code -> !code.equals(countryCode)).distinct().toList(),
                themes.stream().distinct().toList(), SubmissionForm.lines(networks), website,
                SubmissionForm.lines(links), contactEmail, contactPhone, SubmissionForm.isTicked(contactPublic),
                prose, activities);
    }
}
