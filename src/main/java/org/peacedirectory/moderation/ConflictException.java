package org.peacedirectory.moderation;

/** Someone else acted on the submission since this moderator loaded it. */
class ConflictException extends RuntimeException {

    ConflictException(long submissionId) {
        super("Submission " + submissionId + " changed since it was loaded");
    }
}
