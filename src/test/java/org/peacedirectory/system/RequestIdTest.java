package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import jakarta.servlet.DispatcherType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.RawHttp;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request has an id, taken from {@code X-Request-Id} when it is a plain token, sent back in that header
 * and carried by the JSON log lines written while the request is served. Real HTTP, written byte for byte so
 * that hostile headers reach the app as sent; the pages kept ten minutes (the context of MetricsTest), so that
 * a page sent from the cache is checked too.
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class RequestIdTest {

    private static final Pattern FRESH = Pattern.compile("[A-Za-z0-9_-]{22}");

    @LocalServerPort
    int port;

    @Test
    void sendsBackTheIdTheLoadBalancerGaveOrANewOne() {
        assertThat(idOf(RawHttp.get(port, "/themes", "X-Request-Id: lb-7f3a.9_Z")))
                .isEqualTo("lb-7f3a.9_Z");

        String first = idOf(RawHttp.get(port, "/themes"));
        String second = idOf(RawHttp.get(port, "/themes"));
        assertThat(first).matches(FRESH).isNotEqualTo(second);
        assertThat(second).matches(FRESH);
    }

    @Test
    void replacesAHostileIdByANewOne() {
        for (String hostile : List.of(
                "two words",
                "a".repeat(65),
                "abc%0d%0aSet-Cookie:%20x=1",
                "<script>alert(1)</script>",
                "caf\u00e9",
                "abc\r\n\tinjected")) {
            RawHttp.Response response = RawHttp.get(port, "/themes", "X-Request-Id: " + hostile);
            if (response.status() == 400) { // refused by Tomcat itself (a folded line), before the app
                assertThat(response.head()).doesNotContain("injected");
                continue;
            }
            assertThat(response.status()).as(hostile).isEqualTo(200);
            assertThat(idOf(response)).as(hostile).matches(FRESH);
        }
    }

    @Test
    void aPageSentFromTheCacheCarriesItsOwnRequestsId() {
        String home = "/?request-id-test=" + System.nanoTime(); // an address no reader asked: rendered first
        RawHttp.Response rendered = RawHttp.get(port, home, "X-Request-Id: first-reader");
        RawHttp.Response kept = RawHttp.get(port, home, "X-Request-Id: second-reader");

        assertThat(rendered.status()).isEqualTo(200);
        assertThat(idOf(rendered)).isEqualTo("first-reader");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.head()).contains("ETag").doesNotContain("first-reader");
        assertThat(idOf(kept)).isEqualTo("second-reader");
    }

    @Test
    void aJsonLogLineWrittenWhileServingARequestCarriesItsId() {
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Logger refusals = attachJsonAppender(logged);
        try {
            // A query that does not decode: refused with a 400 and one log line (MalformedRequests).
            RawHttp.Response response = RawHttp.get(port, "/organisations?q=%ZZ", "X-Request-Id: req-json-42");
            assertThat(response.status()).isEqualTo(400);
            assertThat(idOf(response)).isEqualTo("req-json-42");
        } finally {
            detach(refusals);
        }

        List<String> lines = logged.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(line.path("message").asString()).startsWith(MalformedRequests.LOG_MARK);
        assertThat(line.path(RequestIdFilter.MDC_KEY).asString()).isEqualTo("req-json-42");
        assertThat(line.path("ecs").path("version").asString()).isNotEmpty();
    }

    @Test
    void theIdIsInTheLoggingContextOnlyWhileTheRequestIsServedItsErrorPageIncluded() throws Exception {
        RequestIdFilter filter = new RequestIdFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/themes");
        request.addHeader(RequestIdFilter.HEADER, "outer-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();

        filter.doFilter(request, response, (req, res) -> {
            seen.add(MDC.get(RequestIdFilter.MDC_KEY));
            res.reset(); // as the page cache does: the header stays
        });
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
        request.setDispatcherType(DispatcherType.ERROR); // the error page, rendered after the request's pass
        request.removeHeader(RequestIdFilter.HEADER);
        filter.doFilter(request, response, (req, res) -> seen.add(MDC.get(RequestIdFilter.MDC_KEY)));

        assertThat(seen).containsExactly("outer-1", "outer-1");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("outer-1");
    }

    private static String idOf(RawHttp.Response response) {
        return response.header(RequestIdFilter.HEADER);
    }

    /** An appender with Boot's JSON encoder, as LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs makes the console's. */
    private static Logger attachJsonAppender(ByteArrayOutputStream out) {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logback);
        encoder.setFormat("ecs");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setName("json-test");
        appender.setContext(logback);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = logback.getLogger(MalformedRequests.class);
        logger.addAppender(appender);
        return logger;
    }

    private static void detach(Logger logger) {
        var appender = logger.getAppender("json-test");
        logger.detachAppender(appender);
        appender.stop();
    }
}
