package org.peacedirectory.moderation;

/**
 * The HTML ids of one form's fields, for the form-field fragment and the error summary's links
 * ({@code fieldIds} in templates), where two forms of a page have a field of the same name.
 */
record FieldIds(String prefix) {

    /** The id of the field of that name. */
    public String of(String name) {
        return prefix + name;
    }
}
