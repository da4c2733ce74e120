package org.peacedirectory.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No submission with that id: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SubmissionNotFoundException extends RuntimeException {

    SubmissionNotFoundException(long id) {
        super("No submission " + id);
    }
}
