package org.peacedirectory.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No claim of that number: the moderator's page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ClaimNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClaimNotFoundException(long id) {
        super("No claim " + id);
    }
}
