package org.peacedirectory.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.peacedirectory.search.SearchIndexing;
import org.peacedirectory.system.CsrfCookies;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The filter on its own: when it renders, when it keeps, what it sends. */
class PageCacheFilterTest {

    private final ConcurrentMapCache pages = new ConcurrentMapCache(PublishedDataCaches.PAGES);
    private final AtomicReference<PublishedDataCaches.Generation> generation =
            new AtomicReference<>(new PublishedDataCaches.Generation(0, Instant.now()));
    private final PublishedDataCaches caches = mock(PublishedDataCaches.class);
    private final SearchIndexing indexing = mock(SearchIndexing.class);
    private final AtomicInteger renders = new AtomicInteger();
    private final PageCacheFilter filter = new PageCacheFilter(
            () -> pages, () -> caches, () -> indexing, () -> new FixedLocaleResolver(Locale.ENGLISH));

    PageCacheFilterTest() {
        when(caches.generation()).thenAnswer(invocation -> generation.get());
        when(caches.keeping()).thenReturn(true);
    }

    /** What PublishedDataCaches.forgetAll() does to the pages: a new generation, the cache emptied. */
    private void forgetAll() {
        generation.updateAndGet(current -> new PublishedDataCaches.Generation(current.number() + 1, Instant.now()));
        pages.clear();
    }

    @Test
    void rendersAPageOnceUntilTheCachesAreForgotten() throws Exception {
        MockHttpServletResponse first = get("/organisations/conascipal");
        MockHttpServletResponse second = get("/organisations/conascipal");

        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .isEqualTo(page());
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(second.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PUBLIC);

        forgetAll();
        get("/organisations/conascipal");
        assertThat(renders).hasValue(2);
    }

    @Test
    void rendersEveryRequestWhileAnotherInstancesPublicationMayHaveGoneUnheardButStillAnswers304() throws Exception {
        when(caches.keeping()).thenReturn(false);
        String etag = get("/organisations/conascipal").getHeader("ETag");
        MockHttpServletRequest conditional = request("/organisations/conascipal");
        conditional.addHeader("If-None-Match", etag);
        MockHttpServletResponse notModified = send(conditional);

        assertThat(renders).hasValue(2);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentLength()).isZero();
        assertThat(notModified.getHeader("Last-Modified"))
                .as("no date it could vouch for")
                .isNull();
        assertThat(get("/css/site.css").getStatus()).isEqualTo(200);
        get("/css/site.css");
        assertThat(renders).as("static files are kept all the same").hasValue(3);
    }

    @Test
    void keepsNothingWhileTheIndexIsBuilt() throws Exception {
        when(indexing.isBuilding()).thenReturn(true);
        MockHttpServletResponse response = get("/organisations");
        get("/organisations");

        assertThat(renders).hasValue(2);
        assertThat(response.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
    }

    @Test
    void neverKeepsAPageForAReaderWithASessionNorOneThatSetACookie() throws Exception {
        MockHttpServletRequest withSession = request("/");
        withSession.getSession(true);
        MockHttpServletResponse forThem = send(withSession);
        get("/");
        MockHttpServletResponse anonymous = get("/");

        assertThat(renders).hasValue(2);
        assertThat(forThem.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
        assertThat(forThem.getHeader("ETag")).isNull();
        assertThat(anonymous.getHeader("ETag")).isNotNull();

        FilterChain settingACookie = (request, response) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) response).addCookie(new Cookie("lang", "fr"));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page());
        };
        MockHttpServletResponse withCookie = new MockHttpServletResponse();
        filter.doFilter(request("/themes"), withCookie, settingACookie);
        filter.doFilter(request("/themes"), new MockHttpServletResponse(), settingACookie);
        assertThat(renders).hasValue(4);
        assertThat(withCookie.getCookie("lang")).isNotNull();
        assertThat(withCookie.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
    }

    @Test
    void neverKeepsAPageThatReadTheReadersCsrfToken() throws Exception {
        FilterChain readingTheToken = (request, response) -> {
            renders.incrementAndGet();
            request.setAttribute(CsrfCookies.TOKEN_USED, Boolean.TRUE); // as CsrfCookies marks it
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page());
        };
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(request("/organisations"), first, readingTheToken);
        filter.doFilter(request("/organisations"), new MockHttpServletResponse(), readingTheToken);

        assertThat(renders).hasValue(2);
        assertThat(first.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
        assertThat(first.getHeader("ETag")).isNull();
    }

    @Test
    void answersAHeadWithTheGetsHeadersAndNoBody() throws Exception {
        MockHttpServletRequest head = request("/organisations/conascipal");
        head.setMethod("HEAD");
        head.addHeader("Accept-Encoding", "gzip");
        MockHttpServletResponse response = send(head);
        MockHttpServletResponse get = get("/organisations/conascipal");

        assertThat(renders)
                .as("the HEAD rendered the page as a GET, which the GET then found")
                .hasValue(1);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getContentLength()).isPositive().isLessThan(get.getContentLength());
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return send(request(path));
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (servletRequest, servletResponse) -> {
            renders.incrementAndGet();
            assertThat(((HttpServletRequest) servletRequest).getMethod()).isEqualTo("GET");
            servletResponse.setContentType(
                    request.getRequestURI().endsWith(".css") ? "text/css" : "text/html;charset=UTF-8");
            ((HttpServletResponse) servletResponse).setHeader("X-Frame-Options", "DENY");
            servletResponse.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static String page() {
        return "<!DOCTYPE html><html lang=\"en\"><title>A page</title>" + "<p>Peace</p>".repeat(200) + "</html>";
    }
}
