package org.peacedirectory.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.claim.ClaimStatus;
import org.peacedirectory.claim.ProfileClaim;
import org.peacedirectory.claim.ProfileClaims;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a moderator decides about a claimed profile, one transaction per decision, each with its lines in
 * the moderation log. Accepting a confirmed claim makes the profile "managed by the organisation" and moves
 * its verification to {@code CONFIRMED_BY_ORGANISATION} (the guarded move, logged as such); revoking an
 * accepted claim ends its people's sign-in, and the profile is no longer managed once no accepted claim is
 * left (its verification stays as it was given: a moderator can withdraw it from the profile's history).
 * A move the claim's status does not allow throws {@code IllegalClaimTransitionException}, and nothing changes.
 */
@Service
class ClaimDecisions {

    /** A claim as the moderators' list shows it. */
    record Row(
            long id,
            long version,
            String organisationName,
            long organisationId,
            String organisationSlug,
            @Nullable String website,
            String claimantName,
            String claimantRole,
            String email,
            ClaimStatus status,
            Instant createdAt,
            @Nullable Instant confirmedAt,
            @Nullable Instant decidedAt) {

        static Row of(ProfileClaim claim) {
            Organisation organisation = claim.getOrganisation();
            return new Row(
                    claim.getId(),
                    claim.getVersion(),
                    organisation.getName(),
                    organisation.getId(),
                    organisation.getSlug(),
                    organisation.getWebsite(),
                    claim.getClaimantName(),
                    claim.getClaimantRole(),
                    claim.getEmail(),
                    claim.getStatus(),
                    claim.getCreatedAt(),
                    claim.getConfirmedAt(),
                    claim.getDecidedAt());
        }
    }

    private final ProfileClaims claims;
    private final Organisations organisations;
    private final VerificationMoves verificationMoves;
    private final ModerationLog log;
    private final Clock clock;

    ClaimDecisions(
            ProfileClaims claims,
            Organisations organisations,
            VerificationMoves verificationMoves,
            ModerationLog log,
            Clock clock) {
        this.claims = claims;
        this.organisations = organisations;
        this.verificationMoves = verificationMoves;
        this.log = log;
        this.clock = clock;
    }

    /** The claims in these states, newest first. */
    @Transactional(readOnly = true)
    public List<Row> list(List<ClaimStatus> statuses) {
        return claims.findTop200ByStatusInOrderByCreatedAtDesc(statuses).stream()
                .map(Row::of)
                .toList();
    }

    @Transactional
    public void accept(long claimId, ModeratorPrincipal moderator) {
        ProfileClaim claim = claim(claimId);
        claim.accept(moderator.getAccountId(), clock.instant());
        claims.save(claim);
        Organisation organisation = organisationOf(claim);
        organisation.managedByOrganisation();
        verificationMoves.make(
                organisation,
                VerificationMove.CONFIRM_BY_ORGANISATION,
                moderator,
                Target.organisation(organisation.getId()));
        log.record(
                moderator.asLogActor(),
                ModerationAction.CLAIM_ACCEPTED,
                Target.organisation(organisation.getId()).because(claim.describe()));
    }

    @Transactional
    public void reject(long claimId, ModeratorPrincipal moderator) {
        ProfileClaim claim = claim(claimId);
        claim.reject(moderator.getAccountId(), clock.instant());
        claims.save(claim);
        log.record(
                moderator.asLogActor(),
                ModerationAction.CLAIM_REJECTED,
                Target.organisation(claim.getOrganisation().getId()).because(claim.describe()));
    }

    @Transactional
    public void revoke(long claimId, ModeratorPrincipal moderator) {
        ProfileClaim claim = claim(claimId);
        claim.revoke(moderator.getAccountId(), clock.instant());
        claims.saveAndFlush(claim);
        Organisation organisation = organisationOf(claim);
        if (!claims.existsByOrganisationIdAndStatus(organisation.getId(), ClaimStatus.ACCEPTED)) {
            organisation.noLongerManagedByOrganisation();
            organisations.saveAndFlush(organisation);
        }
        log.record(
                moderator.asLogActor(),
                ModerationAction.CLAIM_REVOKED,
                Target.organisation(organisation.getId()).because(claim.describe()));
    }

    /** The claim's organisation itself, not a lazy proxy: saved, it announces the change to the profile. */
    private static Organisation organisationOf(ProfileClaim claim) {
        return Hibernate.unproxy(claim.getOrganisation(), Organisation.class);
    }

    private ProfileClaim claim(long id) {
        return claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }
}
