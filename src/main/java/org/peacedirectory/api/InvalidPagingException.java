package org.peacedirectory.api;

/** A page number below 1, or a page size outside 1 to the largest: 400, with what is allowed. */
class InvalidPagingException extends RuntimeException {

    InvalidPagingException(String message) {
        super(message);
    }
}
