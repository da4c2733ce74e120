package org.peacedirectory.api;

import java.time.Duration;

/** The address reached its hourly number of API requests: 429, with the time to wait. */
class TooManyApiRequestsException extends RuntimeException {

    private final Duration wait;

    TooManyApiRequestsException(Duration wait) {
        super("Too many API requests: wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
