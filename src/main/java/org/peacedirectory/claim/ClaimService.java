package org.peacedirectory.claim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a claim and its confirmation, each with its line in the moderation log (the claimant as the
 * actor). What moderators decide about claims is {@code moderation.ClaimDecisions}'.
 */
@Service
class ClaimService {

    /** What came of following a confirmation link. */
    enum Confirmation {
        CONFIRMED,
        /** Followed already (a second click): it stands as it is. */
        ALREADY_CONFIRMED,
        EXPIRED,
        UNKNOWN
    }

    private final ProfileClaims claims;
    private final ClaimTokens tokens;
    private final ModerationLog log;
    private final Clock clock;
    private final Duration confirmationValidFor;

    ClaimService(
            ProfileClaims claims,
            ClaimTokens tokens,
            ModerationLog log,
            Clock clock,
            @Value("${directory.claims.confirmation-valid-for}") Duration confirmationValidFor) {
        this.claims = claims;
        this.tokens = tokens;
        this.log = log;
        this.clock = clock;
        this.confirmationValidFor = confirmationValidFor;
    }

    /** The claim already made from this form (a second click), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> claimOfForm(String formKey) {
        return claims.findByFormKey(formKey).map(ProfileClaim::getId);
    }

    /** Stores a checked claim, to be confirmed through the link mailed after the commit. */
    @Transactional
    public long claim(Organisation organisation, ProfileClaim.Claimant claimant, String formKey, String ipHash) {
        Instant now = clock.instant();
        ProfileClaim claim = claims.saveAndFlush(new ProfileClaim(
                organisation, claimant, formKey, ipHash, tokens.issue(), now.plus(confirmationValidFor), now));
        claim.announce(new ClaimMade(claim.getId()));
        claims.save(claim);
        log.recordByClaimant(
                ModerationAction.CLAIM_MADE,
                Target.organisation(organisation.getId()).because(claim.describe()));
        return claim.getId();
    }

    /** Confirms the claim of that link's token, if it is known and in time. */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<ProfileClaim> found = claims.findByConfirmationHash(ClaimTokens.hashOf(token));
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        ProfileClaim claim = found.get();
        if (claim.getStatus() != ClaimStatus.PENDING_CONFIRMATION) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        Instant now = clock.instant();
        if (claim.confirmationExpired(now)) {
            return Confirmation.EXPIRED;
        }
        claim.confirm(now);
        claims.save(claim);
        log.recordByClaimant(
                ModerationAction.CLAIM_CONFIRMED,
                Target.organisation(claim.getOrganisation().getId()).because(claim.describe()));
        return Confirmation.CONFIRMED;
    }
}
