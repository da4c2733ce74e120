package org.peacedirectory.organisation;

/** A verification move that the profile's current level does not allow; nothing was changed. */
public class IllegalVerificationTransitionException extends IllegalStateException {

    private final VerificationLevel from;
    private final String move;

    IllegalVerificationTransitionException(VerificationLevel from, String move) {
        super("Cannot " + move + " a profile whose verification is " + from);
        this.from = from;
        this.move = move;
    }

    public VerificationLevel getFrom() {
        return from;
    }

    public String getMove() {
        return move;
    }
}
