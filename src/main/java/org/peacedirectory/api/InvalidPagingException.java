package org.peacedirectory.api;

/** A page number below 1, or a page size outside 1 to the largest: 400, with what is allowed. */
public class InvalidPagingException extends RuntimeException {

    public InvalidPagingException(String message) {
        super(message);
    }
}
