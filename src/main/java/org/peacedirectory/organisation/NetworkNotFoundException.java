package org.peacedirectory.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No network with published members has this address: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NetworkNotFoundException extends RuntimeException {

    public NetworkNotFoundException(String slug) {
        super("No network with published members at slug " + slug);
    }
}
