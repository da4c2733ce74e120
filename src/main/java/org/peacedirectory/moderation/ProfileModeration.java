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
 * Moderator actions on a published profile itself: its verification, and going back to an earlier
 * revision. Each is one transaction with its log line, and takes the organisation's version the moderator
 * saw. The organisation announces its change itself ({@code PublishedProfileChanged}) when it is saved here.
 */
@Service
class ProfileModeration {

    private final Organisations organisations;
    private final OrganisationRevisions revisions;
    private final OrganisationPublisher publisher;
    private final VerificationMoves verifications;
    private final ModerationLog log;
    private final Clock clock;

    ProfileModeration(
            Organisations organisations,
            OrganisationRevisions revisions,
            OrganisationPublisher publisher,
            VerificationMoves verifications,
            ModerationLog log,
            Clock clock) {
        this.organisations = organisations;
        this.revisions = revisions;
        this.publisher = publisher;
        this.verifications = verifications;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Confirms the existence, verifies again or withdraws the verification of a profile (throws
     * IllegalVerificationTransitionException, changing nothing, when its level does not allow the move).
     */
    @Transactional
    public void verification(
            long organisationId, long seenVersion, VerificationMove move, ModeratorPrincipal moderator) {
        verifications.make(load(organisationId, seenVersion), move, moderator, Target.organisation(organisationId));
    }

    /** A moderator checked a verified profile again (from the "to re-check" list): same level, from today. */
    @Transactional
    public void reverify(long organisationId, long seenVersion, ModeratorPrincipal moderator) {
        verification(organisationId, seenVersion, VerificationMove.REVERIFY, moderator);
    }

    /**
     * The organisation confirmed its own profile and the moderator accepted it: for the claim flow, which
     * calls it when a claim is accepted.
     */
    @Transactional
    public void confirmByOrganisation(long organisationId, long seenVersion, ModeratorPrincipal moderator) {
        verification(organisationId, seenVersion, VerificationMove.CONFIRM_BY_ORGANISATION, moderator);
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
