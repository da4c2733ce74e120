package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page, in both languages, passes the W3C Nu HTML checker with no error. */
@DirectoryTest
class HtmlValidityTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @Test
    void checkerReportsInvalidMarkup() {
        assertThat(checker.errorsIn(
                        "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} ({2})")
    @CsvSource({
        "/, en, 200",
        "/, fr, 200",
        "/organisations, en, 200",
        "/organisations, fr, 200",
        "/organisations/conascipal, en, 200",
        "/organisations/conascipal, fr, 200",
        "/organisations/fondation-fromager-reconciliation, en, 200",
        "/organisations/demo-network-for-peace-education, fr, 200",
        "/countries/ml, en, 200",
        "/countries/ml, fr, 200",
        "/countries, en, 200",
        "/countries, fr, 200",
        "/countries/ca, en, 200",
        "/themes/small-arms-control, en, 200",
        "/themes/small-arms-control, fr, 200",
        "/submit, en, 200",
        "/submit, fr, 200",
        "/organisations/conascipal/suggest-edit, en, 200",
        "/organisations/conascipal/suggest-edit, fr, 200",
        "/privacy, en, 200",
        "/privacy, fr, 200",
        "/open-data, en, 200",
        "/open-data, fr, 200",
        "/verification, en, 200",
        "/verification, fr, 200",
        "/organisations/small-arms-research-desk-dakar, en, 200",
        "/organisations/small-arms-research-desk-dakar, fr, 200",
        "/submissions/received, fr, 200",
        "/organisations/conascipal/report, en, 200",
        "/organisations/conascipal/report, fr, 200",
        "/organisations/conascipal/report/thanks, en, 200",
        "/organisations/conascipal/report/thanks, fr, 200",
        // Claimed profiles (issue 17, item 2); without mail here, the claim form says claims cannot be received.
        "/organisations/fondation-fromager-reconciliation/claim, en, 200",
        "/organisations/fondation-fromager-reconciliation/claim, fr, 200",
        "/organisations/conascipal/claim, en, 200",
        "/organisations/conascipal/claim, fr, 200",
        "/claims/sent, fr, 200",
        "/claims/confirm?token=abc, en, 200",
        "/claims/confirm, fr, 404",
        "/claims/confirmed, fr, 200",
        "/my-organisation/sign-in, en, 200",
        "/my-organisation/sign-in, fr, 200",
        "/my-organisation/sign-in/sent, fr, 200",
        "/my-organisation/sign-in/link?token=abc, en, 200",
        "/networks/iansa, en, 200",
        "/networks/iansa, fr, 200",
        "/networks/dnpe, en, 200",
        "/networks/waansa, fr, 200",
        "/organisations?q=paix&country=ml&level=national, en, 200",
        "/organisations?q=paix&country=ml&level=national, fr, 200",
        "/networks/no-such-network, fr, 404",
        "/organisations/no-such-organisation, en, 404",
        "/organisations/no-such-organisation, fr, 404",
        "/countries/ml?page=abc, en, 400"
    })
    void pagePassesTheNuHtmlChecker(String path, String language, int status) {
        HttpResponse<String> response = web.get(path, language);
        assertThat(response.statusCode()).isEqualTo(status);

        assertThat(checker.errorsIn(response.body()))
                .as("Nu HTML checker errors on " + path)
                .isEmpty();
    }
}
