package org.peacedirectory.submission;

/**
 * A logo as the directory stores it: decoded and re-encoded on the server, so it holds pixels and nothing else
 * (no EXIF, no GPS position, no comments, no colour profile).
 *
 * @param mediaType "image/png" or "image/jpeg"
 * @param content the encoded image
 * @param width in pixels
 * @param height in pixels
 */
public record ProcessedLogo(String mediaType, byte[] content, int width, int height) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public ProcessedLogo {
        // Arrays are mutable: copy in and out so a stored logo cannot change behind the caller's back.
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
