package org.peacedirectory.submission;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.peacedirectory.organisation.Activity;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A published profile in the shape of a proposal: to fill in the "suggest an edit" form. */
@Component
class LiveProfiles {

    private final Organisations organisations;

    LiveProfiles(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<ProposedProfile> bySlug(String slug) {
        return organisations.findPublishedBySlug(slug).map(LiveProfiles::proposal);
    }

    static ProposedProfile proposal(Organisation organisation) {
        Map<String, ProposedProfile.Prose> prose = new LinkedHashMap<>();
        organisation.getProse().forEach((language, text) -> prose.put(language,
                new ProposedProfile.Prose(text.getName(), text.getSummary(), text.getDescription())));
        return new ProposedProfile(
                organisation.getName(),
                organisation.getAcronym(),
                organisation.getSourceLanguage(),
                organisation.getFoundingYear(),
                organisation.getCity(),
                organisation.getCountry().getCode(),
                organisation.getCountriesOfWork().stream().map(Country::getCode).sorted().toList(),
                organisation.getThemes().stream().sorted(Comparator.comparing(Theme::getPosition))
                        .map(Theme::getSlug).toList(),
                organisation.getMemberships().stream().map(membership -> membership.getNetwork().getName())
                        .sorted().toList(),
                organisation.getWebsite(),
                organisation.getLinks(),
                organisation.getPublicContactEmail(),
                organisation.getPublicContactPhone(),
                organisation.getPublicContactEmail() != null || organisation.getPublicContactPhone() != null,
                prose,
                organisation.getActivities().stream()
                        .sorted(Comparator.comparing(Activity::getPosition))
                        .map(activity -> new ProposedProfile.Activity(activity.getLevel().name(),
                                activity.getDate() == null ? null : activity.getDate().edtf(), activity.getText(),
                                activity.getLanguage()))
                        .toList());
    }
}
