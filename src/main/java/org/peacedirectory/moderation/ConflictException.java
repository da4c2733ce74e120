package org.peacedirectory.moderation;

/** Someone else acted on the submission (or the report) since this moderator loaded it. */
class ConflictException extends RuntimeException {

    ConflictException(long submissionId) {
        this("Submission", submissionId);
    }

    ConflictException(String what, long id) {
        super(what + " " + id + " changed since it was loaded");
    }
}
