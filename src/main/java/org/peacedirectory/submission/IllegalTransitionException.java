package org.peacedirectory.submission;

/** A move the submission's status does not allow, such as approving a rejected submission. */
public class IllegalTransitionException extends IllegalStateException {

    private final SubmissionStatus status;

    IllegalTransitionException(SubmissionStatus status, String move) {
        super("A submission that is " + status + " cannot be " + move);
        this.status = status;
    }

    public SubmissionStatus getStatus() {
        return status;
    }
}
