package org.peacedirectory.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.SearchAfterCommit;
import org.peacedirectory.SqlStatements;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Public pages are rendered once per change and served again as bytes, validated by browsers, gzipped once;
 * nothing of one visitor ever reaches another. Real HTTP against the app, caches kept ten minutes here (the
 * context of CountsKeptUntilPublishTest and VerificationInSearchTest).
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class PageCacheTest {

    private static final String PROFILE = "/organisations/conascipal";
    /** Every kind of page kept: home, lists without words, profile, indexes, a country's, a theme's and a network's, sitemap. */
    private static final List<String> SHARED_PAGES = List.of(
            "/",
            "/organisations",
            "/organisations?country=ML&page=1",
            PROFILE,
            "/countries",
            "/countries/ml",
            "/themes",
            "/themes/small-arms-control",
            "/networks/iansa",
            "/sitemap.xml");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    PublishedDataCaches caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationContext app;

    @Autowired
    Environment environment;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startFromAnEmptyCache() {
        caches.forgetAll();
    }

    @Test
    void servesASecondRequestForAProfileWithoutAnySqlStatement() {
        StatementCount statements = new StatementCount();
        statements.restart();
        HttpResponse<byte[]> first = get(PROFILE);
        long rendering = statements.sinceStart();
        statements.restart();
        HttpResponse<byte[]> second = get(PROFILE);

        assertThat(rendering).as("statements to render the profile").isPositive();
        assertThat(statements.sinceStart()).as("statements to send it again").isZero();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(header(second, "Content-Security-Policy"))
                .as("security headers kept with the page")
                .isEqualTo(header(first, "Content-Security-Policy"))
                .isNotNull();
        assertThat(header(second, "Content-Length")).isEqualTo(String.valueOf(first.body().length));
        assertThat(header(second, "Content-Language")).isEqualTo("en");
    }

    @Test
    void showsAnApprovalAtTheNextRequestOnTheHomePageTheListsAndTheProfile() {
        long organisations = organisationsOnTheHomePage();
        assertThat(organisationsOnTheHomePage()).isEqualTo(organisations);
        text(get("/organisations?sort=updated"));

        Organisation approved = Approvals.approveNew(app, port, "Page Cache Peace Circle");
        String slug = approved.getSlug();

        assertThat(organisationsOnTheHomePage()).isEqualTo(organisations + 1);
        SearchAfterCommit.assertShown(
                environment,
                () -> assertThat(Jsoup.parse(text(get("/organisations?sort=updated")))
                                .select(".results .card-title a")
                                .eachAttr("href"))
                        .first()
                        .isEqualTo("/organisations/" + slug));

        String profile = "/organisations/" + slug;
        assertThat(text(get(profile))).doesNotContain("1987");
        approveFoundingYear(slug, "1987");

        assertThat(Jsoup.parse(text(get(profile))).select("main").text()).contains("1987");
    }

    @Test
    void answersAMatchingIfNoneMatchWith304WithoutRendering() {
        HttpResponse<byte[]> page = get(PROFILE);
        String etag = header(page, "ETag");
        StatementCount statements = new StatementCount();
        statements.restart();

        HttpResponse<byte[]> notModified = get(PROFILE, "If-None-Match", etag);
        HttpResponse<byte[]> weakToo = get(PROFILE, "If-None-Match", "\"other\", W/" + etag);
        HttpResponse<byte[]> otherTag = get(PROFILE, "If-None-Match", "\"other\"");

        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(header(notModified, "ETag")).isEqualTo(etag);
        assertThat(header(notModified, "Cache-Control")).isEqualTo(PageCacheFilter.PUBLIC);
        assertThat(weakToo.statusCode()).isEqualTo(304);
        assertThat(statements.sinceStart()).as("statements for the 304s").isZero();
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isEqualTo(page.body());
    }

    @Test
    void answersIfModifiedSinceWith304UntilTheNextChange() {
        afterTheSecondTheCachesChangedIn();
        HttpResponse<byte[]> page = get(PROFILE);
        String lastModified = header(page, "Last-Modified");
        assertThat(lastModified).as("Last-Modified").isNotNull();

        assertThat(get(PROFILE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(PROFILE, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                        .statusCode())
                .isEqualTo(200);

        caches.forgetAll(); // a change published
        afterTheSecondTheCachesChangedIn();
        HttpResponse<byte[]> afterChange = get(PROFILE, "If-Modified-Since", lastModified);
        assertThat(afterChange.statusCode()).isEqualTo(200);
        assertThat(header(afterChange, "Last-Modified")).isNotEqualTo(lastModified);
    }

    @Test
    void keptPublicPagesCarryNoCookieNoTokenAndOpenNoSession() {
        for (String path : SHARED_PAGES) {
            get(path);
            StatementCount statements = new StatementCount();
            statements.restart();
            HttpResponse<byte[]> kept = get(path);

            assertThat(statements.sinceStart())
                    .as("%s sent again without SQL", path)
                    .isZero();
            assertThat(kept.statusCode()).as(path).isEqualTo(200);
            assertThat(kept.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(text(kept)).as(path).doesNotContain("_csrf").doesNotContain("logout");
            assertThat(header(kept, "Cache-Control")).as(path).isEqualTo(PageCacheFilter.PUBLIC);
            assertThat(header(kept, "Vary")).as(path).contains("Accept-Encoding");
        }
        assertThat(header(get("/"), "Vary")).isEqualTo("Accept-Language, Cookie, Accept-Encoding");
        assertThat(header(get("/sitemap.xml"), "Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void keepsOnePagePerLanguageChosenByHeaderOrCookie() {
        assertThat(Jsoup.parse(text(get(PROFILE, "Accept-Language", "fr")))
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("fr");
        assertThat(Jsoup.parse(text(get(PROFILE, "Accept-Language", "en")))
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
        HttpResponse<byte[]> chosen = get(PROFILE, "Accept-Language", "en", "Cookie", "lang=fr");
        assertThat(Jsoup.parse(text(chosen)).selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(header(chosen, "Content-Language")).isEqualTo("fr");

        HttpResponse<byte[]> switched = get(PROFILE + "?lang=fr");
        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=fr"));
        assertThat(header(switched, "Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
    }

    @Test
    void loggedInModeratorsNeverGetAKeptPage() {
        get(PROFILE);
        get(PROFILE);
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, passwordEncoder, "Cache Moderator"));
        StatementCount statements = new StatementCount();
        statements.restart();

        HttpResponse<String> page = moderator.get(PROFILE);

        assertThat(statements.sinceStart()).as("rendered for the moderator").isPositive();
        assertThat(page.body()).contains("/logout").containsPattern(CSRF);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue(PageCacheFilter.PRIVATE);
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(text(get(PROFILE)))
                .as("the anonymous page after the moderator's")
                .doesNotContain("logout");
        assertThat(moderator.get("/moderation").headers().firstValue("Cache-Control"))
                .hasValue(PageCacheFilter.PRIVATE);
    }

    @Test
    void twoSessionsNeverReceiveEachOthersTokens() {
        FormSession first = new FormSession(port, "en");
        FormSession second = new FormSession(port, "en");
        Moderators.logIn(first, Moderators.withPassword(jdbc, passwordEncoder, "First Moderator"));
        Moderators.logIn(second, Moderators.withPassword(jdbc, passwordEncoder, "Second Moderator"));
        FormSession submitter = new FormSession(port, "en");
        Set<String> firstTokens = new HashSet<>();
        Set<String> secondTokens = new HashSet<>();
        Set<String> submitterTokens = new HashSet<>();

        for (String path : List.of(PROFILE, "/", "/organisations", "/submit", PROFILE, "/themes")) {
            firstTokens.addAll(tokens(first.get(path).body()));
            get(path); // an anonymous reader between them, filling the cache
            secondTokens.addAll(tokens(second.get(path).body()));
            submitterTokens.addAll(tokens(submitter.get(path).body()));
            if (!path.equals("/submit")) {
                assertThat(text(get(path))).as("anonymous %s", path).doesNotContain("_csrf");
            }
        }

        assertThat(firstTokens).hasSize(1);
        assertThat(secondTokens).hasSize(1);
        assertThat(submitterTokens).hasSize(1);
        assertThat(Set.of(
                        firstTokens.iterator().next(),
                        secondTokens.iterator().next(),
                        submitterTokens.iterator().next()))
                .as("three sessions, three tokens")
                .hasSize(3);
    }

    @Test
    void aReaderWithAFormTokenInTheirCookiesStillGetsKeptPagesWithoutIt() {
        FormSession submitter = new FormSession(port, "en");
        HttpResponse<String> form = submitter.get("/submit");
        assertThat(form.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
        get(PROFILE);
        StatementCount statements = new StatementCount();
        statements.restart();

        HttpResponse<String> kept = submitter.get(PROFILE);

        assertThat(statements.sinceStart()).as("sent from the cache").isZero();
        assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(kept.body()).doesNotContain("_csrf");
        assertThat(kept.headers().firstValue("Cache-Control")).hasValue(PageCacheFilter.PUBLIC);
        assertThat(tokens(submitter.get("/submit").body()))
                .as("the form still gets their own token")
                .hasSize(1);
    }

    @Test
    void gzippedAnswerDecompressesToThePlainOne() throws IOException {
        HttpResponse<byte[]> plain = get(PROFILE);
        HttpResponse<byte[]> gzipped = get(PROFILE, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> head = send("HEAD", PROFILE, "Accept-Encoding", "gzip");

        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(header(gzipped, "ETag")).isNotEqualTo(header(plain, "ETag"));
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(gzipped.body().length));
        assertThat(header(head, "ETag")).isEqualTo(header(gzipped, "ETag"));
        assertThat(get(PROFILE, "Accept-Encoding", "gzip", "If-None-Match", header(gzipped, "ETag"))
                        .statusCode())
                .isEqualTo(304);
        HttpResponse<byte[]> sitemap = get("/sitemap.xml", "Accept-Encoding", "gzip");
        assertThat(header(sitemap, "Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(gunzip(sitemap.body()), StandardCharsets.UTF_8)).startsWith("<?xml");
    }

    @Test
    void staticFilesAreLinkedWithTheHashOfTheirContentAndKeptAYear() throws IOException {
        Document page = Jsoup.parse(text(get(PROFILE)));
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        String icon = page.selectFirst("link[rel=icon]").attr("href");

        assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(icon).matches("/images/favicon-[0-9a-f]{32}\\.svg");
        HttpResponse<byte[]> css = get(stylesheet, "Accept-Encoding", "gzip");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        HttpResponse<byte[]> unversioned = get("/css/site.css");
        assertThat(gunzip(css.body())).isEqualTo(unversioned.body());
        assertThat(header(unversioned, "Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(header(get(icon), "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(get("/css/site-0123456789abcdef0123456789abcdef.css").statusCode())
                .as("a wrong hash")
                .isEqualTo(404);
    }

    @Test
    void keepsNeitherErrorsNorSearchesWithWords() {
        StatementCount statements = new StatementCount();
        get("/organisations/no-such-organisation");
        statements.restart();
        HttpResponse<byte[]> missing = get("/organisations/no-such-organisation");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(statements.sinceStart()).as("a 404 is looked up again").isPositive();
        assertThat(header(missing, "Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);

        HttpResponse<byte[]> search = get("/organisations?q=paix");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(header(search, "ETag")).isNull();
        assertThat(header(search, "Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);
    }

    // Helpers

    private void approveFoundingYear(String slug, String year) {
        SubmissionTestSupport support = app.getBean(SubmissionTestSupport.class);
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, app.getBean(FormStamp.class), slug);
        change.put("organisation.foundingYear", List.of(year));
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        support.clearRateLimits();
        Approvals.approve(app, jdbc.sql("""
                select s.id from submission s join organisation o on o.id = s.organisation_id
                where o.slug = ? and s.kind = 'CHANGE' and s.status = 'PENDING'""").param(slug).query(Long.class).single());
    }

    private long organisationsOnTheHomePage() {
        Matcher count = Pattern.compile("^([\\d,]+) organisations")
                .matcher(Jsoup.parse(text(get("/"))).select(".counts").text());
        assertThat(count.find()).as("the home page's count").isTrue();
        return Long.parseLong(count.group(1).replace(",", ""));
    }

    /** Waits (asking the clock, not sleeping a fixed time) until the second the caches' generation began is over. */
    private void afterTheSecondTheCachesChangedIn() {
        Instant since = caches.generation().since().truncatedTo(ChronoUnit.SECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(since)) {
            assertThat(System.nanoTime()).as("the clock moves on").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** The raw CSRF tokens in a page, unmasked (Spring Security masks each rendering with fresh random bytes). */
    private static Set<String> tokens(String html) {
        Set<String> tokens = new HashSet<>();
        Matcher matcher = CSRF.matcher(html);
        while (matcher.find()) {
            byte[] masked = Base64.getUrlDecoder().decode(matcher.group(1));
            int half = masked.length / 2;
            byte[] raw = new byte[half];
            for (int i = 0; i < half; i++) {
                raw[i] = (byte) (masked[i] ^ masked[half + i]);
            }
            tokens.add(new String(raw, StandardCharsets.UTF_8));
        }
        return tokens;
    }

    /**
     * The SQL statements the app prepared for HTTP requests since the count (re)started, whoever prepared them
     * (JPA, JdbcClient, Hibernate Search): see {@link SqlStatements}.
     */
    private static final class StatementCount {

        private long start = SqlStatements.total();

        void restart() {
            start = SqlStatements.total();
        }

        long sinceStart() {
            return SqlStatements.total() - start;
        }
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/html");
        boolean language = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            language |= headers[i].equals("Accept-Language");
        }
        if (!language) {
            request.header("Accept-Language", "en");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
