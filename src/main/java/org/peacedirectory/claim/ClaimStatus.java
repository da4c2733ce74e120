package org.peacedirectory.claim;

/**
 * Where a claim stands: sent, its link not yet followed; confirmed by the claimant (a moderator's to
 * decide); accepted or rejected; an accepted claim revoked. {@link ProfileClaim} makes only the moves
 * {@link #canMoveTo} allows.
 */
public enum ClaimStatus {
    PENDING_CONFIRMATION,
    CONFIRMED,
    ACCEPTED,
    REJECTED,
    REVOKED;

    /** The moves a claim can make: PENDING_CONFIRMATION → CONFIRMED → ACCEPTED or REJECTED, ACCEPTED → REVOKED. */
    public boolean canMoveTo(ClaimStatus next) {
        return switch (this) {
            case PENDING_CONFIRMATION -> next == CONFIRMED;
            case CONFIRMED -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED -> next == REVOKED;
            case REJECTED, REVOKED -> false;
        };
    }
}
