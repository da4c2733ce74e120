package org.peacedirectory.system;

/**
 * The licence of the directory's published data, named by every export: Creative Commons Attribution 4.0
 * (why this one: docs/open-data.md).
 */
public final class DataLicence {

    /** Its short name, as reusers cite it. */
    public static final String NAME = "CC BY 4.0";

    /** Its text. */
    public static final String URL = "https://creativecommons.org/licenses/by/4.0/";

    /** The HTTP header that names it (RFC 8288's "license" relation). */
    public static final String LINK_HEADER = "<" + URL + ">; rel=\"license\"";

    private DataLicence() {}
}
