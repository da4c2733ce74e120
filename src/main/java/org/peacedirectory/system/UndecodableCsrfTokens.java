package org.peacedirectory.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF token handling, except that a tampered token whose bytes are no
 * longer UTF-8 (about one mutation in three) is a wrong token, refused with the 403 page, rather than an
 * {@code IllegalArgumentException: Decoding failed} that ends as a 500 with a stack trace.
 */
public final class UndecodableCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        standard.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        try {
            return standard.resolveCsrfTokenValue(request, token);
        } catch (IllegalArgumentException undecodable) {
            MalformedRequests.logRefusal(HttpStatus.FORBIDDEN, request, "undecodable CSRF token");
            return null;
        }
    }
}
