package org.peacedirectory.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No report with that id: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(long id) {
        super("No report " + id);
    }
}
