package org.peacedirectory.backup;

/** A backup or restore that cannot go on, with a message that tells the operator what to do. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
