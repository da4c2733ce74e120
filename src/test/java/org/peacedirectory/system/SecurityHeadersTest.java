package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages tell the browser to keep the path out of other sites' Referer and to switch off unused features. */
@DirectoryTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void sendsReferrerAndPermissionsPoliciesOnPublicAndErrorPages() {
        WebClient web = new WebClient(port);
        for (String path : List.of("/organisations/conascipal", "/no/such/page", "/countries/ml?page=abc")) {
            HttpResponse<String> response = web.get(path, "en");

            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
            List<String> permissions = Arrays.stream(response.headers()
                            .firstValue("Permissions-Policy")
                            .orElseThrow(() -> new AssertionError("no Permissions-Policy on " + path))
                            .split(","))
                    .map(String::trim)
                    .toList();
            assertThat(permissions)
                    .as(path)
                    .contains(
                            "camera=()",
                            "microphone=()",
                            "geolocation=()",
                            "payment=()",
                            "usb=()",
                            "publickey-credentials-get=(self)",
                            "publickey-credentials-create=(self)");
        }
    }

    @Test
    void keepsTheStrictContentSecurityPolicyEverywhereButOnTheApiPageWhichAllowsOneStyleElementMore() {
        WebClient web = new WebClient(port);
        for (String path :
                List.of("/organisations", "/organisations/conascipal", "/api/v1/countries", "/no/such/page")) {
            assertThat(web.get(path, "en").headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("style-src 'self';", "script-src 'self';", "default-src 'self';")
                            .doesNotContain("sha256", "unsafe"));
        }
        for (String path : List.of("/api/v1/swagger-ui/index.html", "/api/v1/swagger-ui/swagger-initializer.js")) {
            HttpResponse<String> response = web.get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .containsPattern("style-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';")
                            .contains("script-src 'self';", "default-src 'self';", "frame-ancestors 'none'")
                            .doesNotContain("unsafe"));
        }
    }
}
