package org.peacedirectory.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The net behind {@link DatabaseUnavailableHandler}: a database that does not answer while a filter works
 * (reading a moderator's HTTP session, which lives in PostgreSQL; Spring Security's check that a logged-in
 * moderator's account is still enabled; the login throttle), before any controller, or while the session is
 * saved after it, also gets the 503 page rather than a 500. Placed outside Spring Security's chain and outside
 * Spring Session's filter ({@link #ORDER}).
 * <p>
 * Its error page is rendered without the session ({@link DatabaseUnavailable#forgetSession}): in the error
 * dispatch of such a request the session cookie is hidden from Spring Session, which would otherwise read the
 * session again from the database that just failed, and fail again.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Before Spring Session's filter ({@code spring.session.servlet.filter-order}) and the page cache's. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final String sessionCookie;

    DatabaseUnavailableFilter(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(DatabaseUnavailable.failed(request) ? new WithoutSession(request) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            if (DatabaseUnavailable.failed(request) && response.isCommitted()) {
                log.debug("Database unavailable, 503 already sent: {}", failure.toString());
                return;
            }
            if (response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "Database unavailable, 503 for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
            DatabaseUnavailable.sendErrorPage(request, response);
        }
    }

    /**
     * The request as Spring Session should see it for an error page whose database failed: no session cookie,
     * and none of the session's own request attributes (the session it read before the failure).
     */
    private final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie @Nullable [] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null
                    ? null
                    : Arrays.stream(cookies)
                            .filter(cookie -> !cookie.getName().equals(sessionCookie))
                            .toArray(Cookie[]::new);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return name.startsWith(DatabaseUnavailable.SPRING_SESSION_ATTRIBUTES) ? null : super.getAttribute(name);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** On requests and on their error dispatches (the latter only to hide the session, see above). */
        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
                @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
            var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(sessionCookie));
            registration.setOrder(ORDER);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }
}
