package org.peacedirectory.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown theme: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ThemeNotFoundException extends RuntimeException {

    public ThemeNotFoundException(String key) {
        super("No theme " + key);
    }
}
