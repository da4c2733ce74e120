package org.peacedirectory.claim;

/** A move the claim's status does not allow (a second click, another moderator faster): nothing changed. */
public class IllegalClaimTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IllegalClaimTransitionException(ClaimStatus from, ClaimStatus to) {
        super("A claim cannot go from " + from + " to " + to);
    }
}
