package org.peacedirectory.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown theme: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ThemeNotFoundException extends RuntimeException {

    ThemeNotFoundException(String key) {
        super("No theme " + key);
    }
}
