package org.peacedirectory.moderation;

import java.time.Clock;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationPublisher;
import org.peacedirectory.organisation.OrganisationRevision;
import org.peacedirectory.organisation.OrganisationRevisions;
import org.peacedirectory.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderator actions on a published profile itself: its badge, and going back to an earlier revision. The
 * organisation announces its change itself ({@code PublishedProfileChanged}) when it is saved here.
 */
@Service
class ProfileModeration {

    private final Organisations organisations;
    private final OrganisationRevisions revisions;
    private final OrganisationPublisher publisher;
    private final ModerationLog log;
    private final Clock clock;

    ProfileModeration(
            Organisations organisations,
            OrganisationRevisions revisions,
            OrganisationPublisher publisher,
            ModerationLog log,
            Clock clock) {
        this.organisations = organisations;
        this.revisions = revisions;
        this.publisher = publisher;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public void setVerified(long organisationId, long seenVersion, boolean verified, ModeratorPrincipal moderator) {
        Organisation organisation = load(organisationId, seenVersion);
        if (verified) {
            organisation.verify(moderator.getDisplayName(), clock.instant());
        } else {
            organisation.unverify();
        }
        organisations.saveAndFlush(organisation); // publishes the change: the badge is a search filter
        log.record(
                moderator.asLogActor(),
                verified ? ModerationAction.ORGANISATION_VERIFIED : ModerationAction.ORGANISATION_UNVERIFIED,
                Target.organisation(organisationId));
    }

    /** Publishes an earlier revision's content again, as a new revision. */
    @Transactional
    public void rollBack(long organisationId, long seenVersion, int revisionNumber, ModeratorPrincipal moderator) {
        Organisation organisation = load(organisationId, seenVersion);
        OrganisationRevision revision = revisions
                .findByOrganisationIdAndNumber(organisationId, revisionNumber)
                .orElseThrow(() -> new org.peacedirectory.organisation.OrganisationNotFoundException(
                        "#" + organisationId + " revision " + revisionNumber));
        publisher.applyChange(organisation, revision.getSnapshot(), moderator.getAccountId(), null, clock.instant());
        log.record(
                moderator.asLogActor(),
                ModerationAction.ORGANISATION_ROLLED_BACK,
                Target.organisation(organisationId).because("revision " + revisionNumber));
    }

    private Organisation load(long organisationId, long seenVersion) {
        Organisation organisation = organisations
                .findById(organisationId)
                .orElseThrow(
                        () -> new org.peacedirectory.organisation.OrganisationNotFoundException("#" + organisationId));
        if (organisation.getVersion() != seenVersion) {
            throw new ConflictException(organisationId);
        }
        return organisation;
    }
}
