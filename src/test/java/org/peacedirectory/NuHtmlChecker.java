package org.peacedirectory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML checker, offline: the errors it finds in a page (warnings are advice, left out). */
public final class NuHtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

    public NuHtmlChecker() {
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // advice, not an error
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(
                        exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                error(exception);
            }
        };
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML checker could not start", e);
        }
    }

    public synchronized List<String> errorsIn(String html) {
        errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML checker failed", e);
        }
        return List.copyOf(errors);
    }
}
