package org.peacedirectory.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacedirectory.pages.SharedPages.Kind;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests the page cache answers, and how the filter reads the conditions readers send. */
class SharedPagesTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "GET, /, '', PAGE",
                "HEAD, /organisations/conascipal, '', PAGE",
                "GET, /organisations, country=ML&sort=name&page=2, PAGE",
                "GET, /organisations, q=, PAGE",
                "GET, /organisations, q=paix, none",
                "GET, /organisations/conascipal, lang=fr, none",
                "GET, /organisations/conascipal/logo, '', none",
                "GET, /organisations/conascipal/suggest-edit, '', none",
                "GET, /organisations/CONASCIPAL, '', none",
                "GET, /countries/ml, '', PAGE",
                "GET, /countries/ML, '', none",
                "GET, /themes/small-arms-control, '', PAGE",
                "GET, /networks/iansa, page=2, PAGE",
                "GET, /networks/IANSA, '', none",
                "GET, /sitemap-profiles-2.xml, '', DOCUMENT",
                "GET, /api/hsds/, '', PAGE",
                "GET, /api/hsds/organizations, page=2&per_page=50, PAGE",
                "GET, /api/hsds/organizations, search=paix, none",
                "GET, /api/hsds/organizations/0b7e6d4c-2f1a-4c3e-9f8d-1a2b3c4d5e6f, '', PAGE",
                "GET, /api/hsds/taxonomy_terms, taxonomy_id=0b7e6d4c-2f1a-4c3e-9f8d-1a2b3c4d5e6f, PAGE",
                "GET, /api/hsds/datapackage.zip, '', none",
                "GET, /css/site-0123456789abcdef0123456789abcdef.css, '', FILE",
                "GET, /api/v1/openapi.json, '', DOCUMENT",
                "GET, /api/v1/openapi.json/swagger-config, '', none",
                "GET, /api/v1/docs.html, '', none",
                "GET, /api/v1/swagger-ui/swagger-ui-bundle.js, '', FILE",
                "GET, /api/v1/swagger-ui/index.html, '', FILE",
                "GET, /api/v1/swagger-ui/swagger-initializer.js, '', none",
                "POST, /organisations, '', none",
                "GET, /submit, '', none",
                "GET, /moderation, '', none",
                "GET, /login, '', none"
            })
    void tellsWhichRequestsArePagesTheSameForEveryAnonymousReader(String method, String path, String query, Kind kind) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (!query.isEmpty()) {
            request.setQueryString(query);
            for (String parameter : query.split("&")) {
                String[] pair = parameter.split("=", 2);
                request.addParameter(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        assertThat(SharedPages.kindOf(request)).isEqualTo(kind);
    }

    @Test
    void rendersEveryTimeAQueryLongerThanAnyLinkOfTheSite() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organisations");
        request.setQueryString("theme=" + "x".repeat(SharedPages.LONGEST_QUERY));
        assertThat(SharedPages.kindOf(request)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "gzip, true",
                "'gzip, deflate, br, zstd', true",
                "'br, gzip;q=0.5', true",
                "gzip;q=0, false",
                "'*', true",
                "'*, gzip;q=0', false",
                "'br', false",
                "identity, false",
                "none, false"
            })
    void sendsGzipOnlyToReadersWhoTakeIt(String acceptEncoding, boolean gzip) {
        assertThat(ConditionalRequests.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @Test
    void matchesAnEntityTagInAListWeakOrStrongOrAStar() {
        assertThat(ConditionalRequests.matches("\"abc\"", "\"abc\"")).isTrue();
        assertThat(ConditionalRequests.matches("\"x\", W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(ConditionalRequests.matches("*", "\"abc\"")).isTrue();
        assertThat(ConditionalRequests.matches("\"abc-gzip\"", "\"abc\"")).isFalse();
        assertThat(ConditionalRequests.matches("abc", "\"abc\"")).isFalse();
    }

    @Test
    void keepsVersionedStaticFilesAYearAndOthersAnHour() {
        assertThat(StaticFiles.cacheControl("/css/site-0123456789abcdef0123456789abcdef.css"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(StaticFiles.cacheControl("/css/site.css")).isEqualTo("public, max-age=3600");
        assertThat(StaticFiles.cacheControl("/images/logo-placeholder.svg")).isEqualTo("public, max-age=3600");
    }
}
