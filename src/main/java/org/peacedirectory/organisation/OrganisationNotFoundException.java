package org.peacedirectory.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No published organisation has this slug: the site's own 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFoundException extends RuntimeException {

    public OrganisationNotFoundException(String slug) {
        super("No published organisation with slug " + slug);
    }
}
