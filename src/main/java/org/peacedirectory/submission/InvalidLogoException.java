package org.peacedirectory.submission;

/**
 * A logo upload that cannot be accepted, with a message code (in the message bundles) and its arguments so that
 * the submission form can explain the problem in the reader's language.
 */
public class InvalidLogoException extends RuntimeException {

    /** Arguments: the largest size in megabytes. */
    public static final String TOO_LARGE = "logo.tooLarge";
    /** Not PNG, JPEG or WebP by its first bytes; SVG and every other format land here. */
    public static final String NOT_AN_IMAGE = "logo.notAnImage";
    /** Arguments: the width, the height, and the largest side in pixels. */
    public static final String TOO_MANY_PIXELS = "logo.tooManyPixels";
    /** Arguments: the width, the height, and the most pixels in all, in millions. */
    public static final String OVER_PIXEL_BUDGET = "logo.overPixelBudget";
    /** Looks like PNG, JPEG or WebP, but cannot be decoded. */
    public static final String UNREADABLE = "logo.unreadable";

    private final String code;
    private final transient Object[] arguments;

    InvalidLogoException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    InvalidLogoException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.arguments = new Object[0];
    }

    public String getCode() {
        return code;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
