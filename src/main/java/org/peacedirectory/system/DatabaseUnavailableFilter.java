package org.peacedirectory.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The net behind {@link DatabaseUnavailableHandler}: a database that does not answer while a filter
 * works (such as Spring Security's check that a logged-in moderator's account is still enabled), before
 * any controller, also gets the 503 page rather than a 500. Placed outside Spring Security's chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            log.warn(
                    "Database unavailable, 503 for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
            DatabaseUnavailable.sendErrorPage(response);
        }
    }
}
