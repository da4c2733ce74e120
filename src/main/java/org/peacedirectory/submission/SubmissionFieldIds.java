package org.peacedirectory.submission;

import java.util.Set;

/**
 * The HTML id of each field of the submission form, for the form-field fragment and the error summary's
 * links. The ids stay the short names the form has always had ({@code name}, {@code countryCode},
 * {@code activities0.date}) whatever part of {@link SubmissionForm} a field belongs to, so links into the
 * page and labels keep working: the part is dropped ({@code organisation.name} is {@code name}), except
 * that the submitter's name, email and relationship say whose they are, as the organisation has a name
 * and an email too ({@code submitter.name} is {@code submitterName}).
 */
public final class SubmissionFieldIds {

    private static final Set<String> SAID_OF_THE_SUBMITTER = Set.of("name", "email", "relationship");

    /** The id of the field at this property path of the form. */
    public String of(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        if (dot < 0 || bracket >= 0 && bracket < dot) {
            return withoutBrackets(path); // at the top, or in a numbered row: activities[0].date is activities0.date
        }
        String part = path.substring(0, dot);
        String field = withoutBrackets(path.substring(dot + 1));
        if (part.equals("submitter") && SAID_OF_THE_SUBMITTER.contains(field)) {
            return part + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        }
        return field;
    }

    private static String withoutBrackets(String path) {
        return path.replace("[", "").replace("]", "");
    }
}
