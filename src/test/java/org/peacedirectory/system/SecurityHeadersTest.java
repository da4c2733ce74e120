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
}
