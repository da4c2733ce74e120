package org.peacedirectory.submission;

/** Every decoding slot stayed taken while the upload waited: the form comes back with a 503 and its answers. */
class LogoDecodersBusyException extends RuntimeException {

    /** What the 503's Retry-After says: the largest logo decodes and re-encodes in about a second. */
    static final int RETRY_AFTER_SECONDS = 5;

    LogoDecodersBusyException() {
        super("Every logo decoding slot is taken", null, false, false);
    }
}
