package org.peacedirectory.pages;

import java.util.regex.Pattern;

/**
 * How long browsers keep a static file. Pages link to them with the hash of their content in the name
 * ({@code site-<md5>.css}, Spring's resource chain with its content strategy, the links rewritten by its
 * {@code ResourceUrlEncodingFilter}): such an address never changes content, so it is kept for a year without
 * asking again. An address without the hash (typed, or an old link) is kept an hour.
 */
final class StaticFiles {

    static final String VERSIONED_LIFETIME = "public, max-age=31536000, immutable";
    static final String PLAIN_LIFETIME = "public, max-age=3600";

    /** The name as the content strategy writes it: the MD5 of the content, in hex, before the extension. */
    private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+");

    private StaticFiles() {}

    static String cacheControl(String path) {
        return VERSIONED.matcher(path).matches() ? VERSIONED_LIFETIME : PLAIN_LIFETIME;
    }
}
