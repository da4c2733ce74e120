package org.peacedirectory.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.pages.SharedPages.Kind;
import org.peacedirectory.search.SearchIndexing;
import org.peacedirectory.system.CsrfCookies;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages that are the same for every anonymous reader from bytes rendered once per
 * change of published data, and answers conditional requests for them without rendering.
 * <ul>
 * <li><b>Which requests.</b> A GET or HEAD of a {@link SharedPages} address, from a reader with no HTTP session
 * (so not logged in, no login under way, no flash message) and no credentials. Anyone else, and every page
 * while the search index is being built, is rendered as usual and marked {@code private, no-store}.</li>
 * <li><b>Several instances.</b> Each keeps its own pages; a publication on any of them forgets them on every
 * one (the caches' generation, see {@link PublishedDataCaches}). While this instance may have missed
 * another's publication for too long ({@link PublishedDataCaches#keeping()} false), pages are rendered for
 * each request (still sent with their ETag, gzipped, and answered 304). Static files are kept all the
 * same.</li>
 * <li><b>The key.</b> The caches' generation (see {@link PublishedDataCaches}), the scheme, the address and
 * its query as sent (the page's links repeat them), and the reader's language for HTML pages (the language
 * switch's cookie, else Accept-Language, as the {@code LocaleResolver} chooses it). A publish counts the
 * generation up and empties the cache, so the next reader gets the change.</li>
 * <li><b>What is kept.</b> Only a 200 with a body, without {@code Set-Cookie}, that did not open a session nor
 * read or make a CSRF token while it was rendered ({@link CsrfCookies#TOKEN_USED}: a reader who has the token's
 * cookie gets no {@code Set-Cookie}): nothing of one reader reaches another.
 * Errors and redirects are not kept: they are cheap, and a 404 must turn into the page once published.</li>
 * <li><b>What is sent.</b> The kept headers and bytes, gzipped when the reader accepts it, a strong ETag,
 * {@code Vary}, {@code Last-Modified} where this instance knows when its content last changed, and
 * {@code Cache-Control: public, max-age=60, stale-while-revalidate=600}; or a 304.</li>
 * </ul>
 * Placed before Spring Security, inside the database's 503 filter and Spring Session's: a kept page answers
 * without touching the database (it also answers while the database is down); a reader without a session
 * cookie costs Spring Session no query, one with a cookie is looked up in the database.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Shared pages for anonymous readers: browsers and proxies keep them a minute, then revalidate. */
    static final String PUBLIC = "public, max-age=60, stale-while-revalidate=600";
    /** Everything else: login pages, moderation, forms with CSRF tokens, anything for a reader with a session. */
    static final String PRIVATE = "private, no-store";
    /** A page's language comes from the cookie of the language switch or from Accept-Language. */
    static final String VARY_LANGUAGE = "Accept-Language, Cookie, Accept-Encoding";

    static final String VARY_ENCODING = "Accept-Encoding";

    /** Headers the filter decides itself, or the container writes: never kept with a page. */
    private static final Set<String> NOT_KEPT = Set.of(
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "last-modified",
            "vary",
            "content-length",
            "content-type",
            "content-language",
            "content-encoding",
            "transfer-encoding",
            "date",
            "connection",
            "keep-alive",
            "set-cookie",
            "x-request-id");

    /** The key of a kept page. */
    record PageKey(long generation, boolean secure, String path, String query, String language) {}

    private final Supplier<Cache> pages;
    private final Supplier<PublishedDataCaches> caches;
    private final Supplier<SearchIndexing> indexing;
    private final Supplier<LocaleResolver> languages;

    /** Each found once, at the first request that needs it. */
    PageCacheFilter(
            Supplier<Cache> pages,
            Supplier<PublishedDataCaches> caches,
            Supplier<SearchIndexing> indexing,
            Supplier<LocaleResolver> languages) {
        this.pages = SingletonSupplier.of(pages);
        this.caches = SingletonSupplier.of(caches);
        this.indexing = SingletonSupplier.of(indexing);
        this.languages = SingletonSupplier.of(languages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = SharedPages.path(request);
        @Nullable Kind kind = SharedPages.kindOf(request);
        // Set before anything renders, so that a handler with a lifetime of its own (a logo) can replace it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, kind == Kind.FILE ? StaticFiles.cacheControl(path) : PRIVATE);
        if (kind == null || !anonymous(request) || indexing.get().isBuilding()) {
            chain.doFilter(request, response);
            return;
        }
        PublishedDataCaches.Generation generation = caches.get().generation();
        @Nullable
        String language =
                kind == Kind.PAGE ? languages.get().resolveLocale(request).getLanguage() : null;
        PageKey key = new PageKey(
                generation.number(),
                request.isSecure(),
                path,
                request.getQueryString() == null ? "" : request.getQueryString(),
                language == null ? "" : language);
        boolean keep = kind == Kind.FILE || caches.get().keeping();
        @Nullable RenderedPage page = keep ? pages.get().get(key, RenderedPage.class) : null;
        if (page == null) {
            page = render(request, response, chain, kind, language, generation, keep);
            if (page == null) {
                return; // answered as rendered: not a page to keep
            }
            if (keep) {
                pages.get().put(key, page);
            }
        }
        send(page, kind, path, request, response);
    }

    /**
     * No session (hence no login, no login under way, no flash message) and no credentials. A CSRF token is a
     * cookie, not the session ({@link CsrfCookies}): a reader who has one still gets kept pages, which carry
     * none; a page that reads it is not kept (see {@link #render}).
     */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /**
     * Renders the page into memory. Returns it, the response left empty for {@link #send}, if it can be kept;
     * otherwise sends it as it was rendered and returns null.
     */
    private @Nullable RenderedPage render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            Kind kind,
            @Nullable String language,
            PublishedDataCaches.Generation generation,
            boolean keep)
            throws ServletException, IOException {
        Instant started = Instant.now();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(SharedPages.asGet(request), rendered);
        boolean keepable = rendered.getStatus() == HttpServletResponse.SC_OK
                && rendered.getContentSize() > 0
                && response.getContentType() != null
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getAttribute(CsrfCookies.TOKEN_USED) == null
                && request.getSession(false) == null;
        if (!keepable) {
            rendered.copyBodyToResponse();
            return null;
        }
        RenderedPage page = RenderedPage.of(
                rendered.getContentAsByteArray(),
                response.getContentType(),
                language,
                keptHeaders(response),
                lastModified(kind, response, generation, started, keep),
                RenderedPage.route(request));
        response.reset();
        return page;
    }

    private static List<RenderedPage.Header> keptHeaders(HttpServletResponse response) {
        List<RenderedPage.Header> kept = new ArrayList<>();
        // Tomcat names a header once per value: each name once, with all its values.
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(response.getHeaderNames());
        for (String name : names) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> kept.add(new RenderedPage.Header(name, value)));
            }
        }
        return kept;
    }

    /**
     * A static file: the file's own date. A page: the start of the caches' generation, the last moment this
     * instance heard of a change to published data (or started), after which nothing the page shows changed;
     * none if the page was rendered in that same second (a second change within it could not be told from
     * the first) or while another instance's publication may have gone unheard (pages not kept then): the
     * ETag serves alone.
     */
    private static @Nullable Instant lastModified(
            Kind kind,
            HttpServletResponse response,
            PublishedDataCaches.Generation generation,
            Instant started,
            boolean kept) {
        if (kind == Kind.FILE) {
            return ConditionalRequests.parseDate(response.getHeader(HttpHeaders.LAST_MODIFIED));
        }
        Instant since = generation.since().truncatedTo(ChronoUnit.SECONDS);
        if (!kept || !started.truncatedTo(ChronoUnit.SECONDS).isAfter(since)) {
            return null;
        }
        return since;
    }

    private static void send(
            RenderedPage page, Kind kind, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.restoreRoute(request); // the metrics' route (uri tag), as when the page was rendered
        boolean gzip =
                page.hasGzip() && ConditionalRequests.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = page.etag(gzip);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, kind == Kind.FILE ? StaticFiles.cacheControl(path) : PUBLIC);
        response.setHeader(HttpHeaders.VARY, kind == Kind.PAGE ? VARY_LANGUAGE : VARY_ENCODING);
        if (page.lastModified() != null) {
            response.setDateHeader(
                    HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        }
        if (ConditionalRequests.notModified(request, etag, page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        page.headers().forEach(header -> response.addHeader(header.name(), header.value()));
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] body = page.body(gzip);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
