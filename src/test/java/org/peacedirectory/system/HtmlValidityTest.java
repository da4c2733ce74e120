package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page, in both languages, passes the W3C Nu HTML checker with no error. */
@DirectoryTest
class HtmlValidityTest {

    private static SimpleDocumentValidator validator;
    private static final List<String> errors = new ArrayList<>();

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeAll
    static void setUpChecker() throws Exception {
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // warnings are advice, not errors
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                error(exception);
            }
        };
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        errors.clear();
    }

    @Test
    void checkerReportsInvalidMarkup() throws Exception {
        validator.checkHtmlInputSource(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>")));

        assertThat(errors).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} ({2})")
    @CsvSource({
            "/, en, 200", "/, fr, 200",
            "/organisations, en, 200", "/organisations, fr, 200",
            "/organisations/conascipal, en, 200", "/organisations/conascipal, fr, 200",
            "/organisations/fondation-fromager-reconciliation, en, 200",
            "/organisations/demo-network-for-peace-education, fr, 200",
            "/countries/ml, en, 200", "/countries/ml, fr, 200",
            "/themes/small-arms-control, en, 200", "/themes/small-arms-control, fr, 200",
            "/organisations/no-such-organisation, en, 404", "/organisations/no-such-organisation, fr, 404",
            "/organisations?page=abc, en, 400"})
    void pagePassesTheNuHtmlChecker(String path, String language, int status) throws Exception {
        HttpResponse<String> response = web.get(path, language);
        assertThat(response.statusCode()).isEqualTo(status);

        validator.checkHtmlInputSource(new InputSource(new StringReader(response.body())));

        assertThat(errors).as("Nu HTML checker errors on " + path).isEmpty();
    }
}
