package org.peacedirectory.organisation;

/**
 * A date that cannot be read, with a message code (in the message bundles) and its arguments so that
 * forms can explain the problem in the reader's language.
 */
public class InvalidPartialDateException extends IllegalArgumentException {

    private final String code;
    private final transient Object[] arguments;

    InvalidPartialDateException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    public String getCode() {
        return code;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
