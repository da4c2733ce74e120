package org.peacedirectory.api;

import org.peacedirectory.system.DataLicence;

/** The data licence, named in every answer's body as well as in its {@code Link} header. */
record Licence(String name, String url) {

    static final Licence DATA = new Licence(DataLicence.NAME, DataLicence.URL);
}
