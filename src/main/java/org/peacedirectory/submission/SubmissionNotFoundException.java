package org.peacedirectory.submission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No submission has this tracking token: the site's own 404 page, saying nothing more. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SubmissionNotFoundException extends RuntimeException {

    SubmissionNotFoundException(String token) {
        super("No submission with that token");
    }
}
