package org.peacedirectory.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * A page as it was rendered once, to send again: its bytes, kept gzipped when they compress (once, here;
 * nearly every reader accepts gzip, and the rare one that does not gets them inflated again, so the cache
 * holds each page in a fifth of the memory), the hash that names them, and the headers the application gave it (security headers, content type). Holds
 * nothing of the reader it was rendered for: only pages rendered for an anonymous reader, without a
 * cookie or a session, become one (see {@link PageCacheFilter}).
 *
 * @param lastModified when the page's content last changed as far as this instance knows, or null
 * @param route the template of the address the page was rendered for ({@code /organisations/{slug}}), for the
 *     request metrics' {@code uri} tag when it is sent again without reaching a controller; or null
 */
record RenderedPage(
        byte[] kept,
        boolean keptGzipped,
        String hash,
        String contentType,
        @Nullable String contentLanguage,
        List<Header> headers,
        @Nullable Instant lastModified,
        @Nullable String route)
        implements PublishedDataCaches.Weighed {

    /** A response header sent with the page. */
    record Header(String name, String value) {}

    /** Smaller bodies are sent as they are: gzip would save a few bytes at most. */
    static final int COMPRESSED_FROM = 1024;

    /** What a value costs besides its bytes (the key, the record, the cache's entry), roughly. */
    private static final int OVERHEAD = 512;

    static RenderedPage of(
            byte[] plain,
            String contentType,
            @Nullable String contentLanguage,
            List<Header> headers,
            @Nullable Instant lastModified,
            @Nullable String route) {
        byte @Nullable [] gzipped = plain.length >= COMPRESSED_FROM && compressible(contentType) ? gzip(plain) : null;
        boolean smaller = gzipped != null && gzipped.length < plain.length;
        return new RenderedPage(
                gzipped != null && smaller ? gzipped : plain,
                smaller,
                hash(plain),
                contentType,
                contentLanguage,
                List.copyOf(headers),
                lastModified,
                route);
    }

    /** The route the request's handler was found by, as the request metrics know it; null if none. */
    static @Nullable String route(HttpServletRequest request) {
        return ServerHttpObservationFilter.findObservationContext(request)
                .map(ServerRequestObservationContext::getPathPattern)
                .orElse(null);
    }

    /** Gives the request metrics the page's route, so that a page sent again counts under it. */
    void restoreRoute(HttpServletRequest request) {
        String kept = route;
        if (kept != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(kept));
        }
    }

    boolean hasGzip() {
        return keptGzipped;
    }

    /** The gzipped bytes when asked and kept, else the plain ones (inflated again if kept gzipped). */
    byte[] body(boolean gzip) {
        return gzip || !keptGzipped ? kept : gunzip(kept);
    }

    /**
     * The strong entity tag of the plain or the gzipped bytes: two representations, two tags, so that a
     * cache that keeps both by {@code Accept-Encoding} never takes one for the other.
     */
    String etag(boolean gzip) {
        return gzip ? "\"" + hash + "-gzip\"" : "\"" + hash + "\"";
    }

    @Override
    public int weight() {
        int headerChars = headers.stream()
                .mapToInt(header -> header.name().length() + header.value().length())
                .sum();
        return kept.length + 2 * headerChars + OVERHEAD;
    }

    private static boolean compressible(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.startsWith("application/xml")
                || type.startsWith("application/json")
                || type.startsWith("application/javascript")
                || type.startsWith("image/svg+xml")
                || type.contains("+xml")
                || type.contains("+json");
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream gzip = new BestGzip(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 128 bits of the SHA-256 of the bytes, in URL-safe Base64. */
    private static String hash(byte[] plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compressed as well as gzip can: it is done once per change of the page, not per reader. */
    private static final class BestGzip extends GZIPOutputStream {

        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
