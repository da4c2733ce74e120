package org.peacedirectory.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** Reads what a request's headers ask of a kept page: whether it has the reader's copy, and gzip. */
final class ConditionalRequests {

    private ConditionalRequests() {}

    /**
     * If-None-Match when sent (it wins over If-Modified-Since, RFC 9110 13.1.3), else If-Modified-Since
     * against the page's Last-Modified.
     */
    static boolean notModified(HttpServletRequest request, String etag, @Nullable Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (lastModified == null) {
            return false;
        }
        Instant ifModifiedSince = parseDate(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        return ifModifiedSince != null && !lastModified.isAfter(ifModifiedSince);
    }

    /** Whether a list of entity tags (or "*") names this one; weak comparison, as If-None-Match asks. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reader takes gzip: named without q=0, or else "*" without q=0. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        @Nullable Boolean anyCoding = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused(parts);
            }
            if (name.equals("*")) {
                anyCoding = !refused(parts);
            }
        }
        return Boolean.TRUE.equals(anyCoding);
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException unreadable) {
                    return true;
                }
            }
        }
        return false;
    }

    static @Nullable Instant parseDate(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
