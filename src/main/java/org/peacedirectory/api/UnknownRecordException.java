package org.peacedirectory.api;

/** An address of the API that names no record it has (a taxonomy, a term): 404, with the detail given. */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String detail) {
        super(detail);
    }
}
