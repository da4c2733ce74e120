package org.peacedirectory.organisation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes published profiles on a moderator's decision, keeping a revision of every published state.
 * Always called inside the moderator's transaction, so the change, its revision and its log line are
 * committed together. Each change is saved through the repository, which publishes the organisation's own
 * {@link PublishedProfileChanged}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OrganisationPublisher {

    private final Organisations organisations;
    private final OrganisationRevisions revisions;
    private final OrganisationLogos logos;
    private final ProfileCatalogue catalogue;
    private final JdbcClient jdbc;
    private final HighRiskCountries highRiskCountries;

    OrganisationPublisher(
            Organisations organisations,
            OrganisationRevisions revisions,
            OrganisationLogos logos,
            ProfileCatalogue catalogue,
            JdbcClient jdbc,
            HighRiskCountries highRiskCountries) {
        this.jdbc = jdbc;
        this.highRiskCountries = highRiskCountries;
        this.organisations = organisations;
        this.revisions = revisions;
        this.logos = logos;
        this.catalogue = catalogue;
    }

    /**
     * A new public profile, under a slug made from its acronym or name and never used before; in a
     * high-risk country, with its contacts and logo hidden and its location at country level.
     */
    public Organisation publishNew(ProfileContent content, long approvedBy, long submissionId, Instant now) {
        String slug = freeSlug(content.acronym() != null ? content.acronym() : content.name());
        boolean highRisk = highRiskCountries.contains(content.countryCode());
        Organisation organisation =
                organisations.saveAndFlush(Organisation.publish(slug, content, catalogue, highRisk, now));
        keepRevision(organisation, approvedBy, submissionId, now);
        return organisation;
    }

    /** Applies approved content to a live profile; its state before the first change is kept too. */
    public Organisation applyChange(
            Organisation organisation,
            ProfileContent content,
            Long approvedBy,
            @Nullable Long submissionId,
            Instant now) {
        keepOriginalIfNoRevision(organisation);
        organisation.apply(content, catalogue, now);
        organisations.saveAndFlush(organisation);
        keepRevision(organisation, approvedBy, submissionId, now);
        return organisation;
    }

    /** Only with an approval, whose content change (published with it) announces the new logo too. */
    public void setLogo(Organisation organisation, String mediaType, byte[] content) {
        logos.findById(organisation.getId())
                .ifPresentOrElse(
                        logo -> logo.replace(mediaType, content),
                        () -> logos.save(new OrganisationLogo(organisation.getId(), mediaType, content)));
    }

    private void keepOriginalIfNoRevision(Organisation organisation) {
        if (revisions.lastNumber(organisation.getId()) == 0) {
            revisions.save(new OrganisationRevision(
                    organisation.getId(), 1, organisation.content(), null, null, organisation.getUpdatedAt()));
        }
    }

    /**
     * The country and theme keys that related organisations and counts read follow the profile's content
     * (V11__search_engine.sql); the search index itself follows at the commit (Hibernate Search).
     */
    private void refreshSearch(Organisation organisation) {
        jdbc.sql("select refresh_organisation_search(array[?]::bigint[])")
                .param(organisation.getId())
                .query(Object.class)
                .list();
    }

    private void keepRevision(Organisation organisation, Long approvedBy, @Nullable Long submissionId, Instant now) {
        refreshSearch(organisation);
        int number = revisions.lastNumber(organisation.getId()) + 1;
        revisions.save(new OrganisationRevision(
                organisation.getId(), number, organisation.content(), approvedBy, submissionId, now));
    }

    private String freeSlug(String text) {
        String base = Slugs.of(text);
        String slug = base;
        for (int suffix = 2; organisations.existsBySlug(slug); suffix++) {
            String ending = "-" + suffix;
            slug = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - ending.length())) + ending;
        }
        return slug;
    }
}
