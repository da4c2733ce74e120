package org.peacedirectory.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses, before anything else reads them, requests whose parameters cannot be read: undecodable
 * percent-escapes or UTF-8 in the query or form, multipart bodies without boundary or cut short. Tomcat
 * throws when they are first read (by the CSRF check, the language switch or a controller), which logs a
 * stack trace per request; here they get a 400 (413 for a body over the multipart limits) with the site's
 * error page and one log line. The error page itself ({@code /error}) asked for directly is a page that does
 * not exist: 404.
 *
 * <p>A url-encoded form (every form but the submission form's, which is multipart) whose declared length is
 * over {@code directory.forms.max-url-encoded-size} gets a 413 before a byte of it is read: its fields allow a
 * few kilobytes, and Tomcat's own limit (server.tomcat.max-http-form-post-size, 2 MB) cannot be lowered, as it
 * also bounds the text of the submission form's multipart body. Anyone may send the report and claim forms.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    /** Set on a form refused for its size: its 413 page says so, rather than speaking of files. */
    static final String FORM_TOO_LARGE = "formTooLarge";

    private static final String REFUSED = MalformedRequestFilter.class.getName() + ".refused";
    private static final String ERROR_PATH = "/error";

    private final long maxUrlEncodedSize;

    MalformedRequestFilter(DataSize maxUrlEncodedSize) {
        this.maxUrlEncodedSize = maxUrlEncodedSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // Tomcat keeps failing on the parameters of a refused request: the error page reads none.
            chain.doFilter(request.getAttribute(REFUSED) != null ? new WithoutParameters(request) : request, response);
            return;
        }
        // The decoded path, as Spring MVC matches it: /%65rror must not reach the error controller either.
        if (ERROR_PATH.equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        if (request.getContentLengthLong() > maxUrlEncodedSize && isUrlEncoded(request)) {
            request.setAttribute(REFUSED, true);
            request.setAttribute(FORM_TOO_LARGE, true);
            MalformedRequests.logRefusal(
                    HttpStatus.CONTENT_TOO_LARGE,
                    request,
                    "url-encoded form of " + request.getContentLengthLong() + " bytes, over " + maxUrlEncodedSize);
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            HttpStatus status = statusFor(unreadable);
            request.setAttribute(REFUSED, true);
            MalformedRequests.logRefusal(
                    status, request, unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage());
            response.sendError(status.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUrlEncoded(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && type.regionMatches(
                        true,
                        0,
                        MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                        0,
                        MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
    }

    /** 400, or what Tomcat says it is: 413 for a body or file over the multipart limits. */
    private static HttpStatus statusFor(RuntimeException unreadable) {
        if (unreadable instanceof InvalidParameterException invalid) {
            HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
            if (status != null && status.is4xxClientError()) {
                return status;
            }
        }
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The refused request as the error page sees it: no parameters and no body to parse. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Right after the character encoding is set, before Spring Security and everything else. */
        @Bean
        FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(
                @Value("${directory.forms.max-url-encoded-size}") DataSize maxUrlEncodedSize) {
            var registration = new FilterRegistrationBean<>(new MalformedRequestFilter(maxUrlEncodedSize));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }

        /**
         * Addresses Spring Security's firewall refuses (path parameters, encoded percent signs, slashes,
         * backslashes or line breaks): a 400 as before, now with the same one log line as the others.
         */
        @Bean
        RequestRejectedHandler requestRejectedHandler() {
            return (request, response, rejected) -> {
                MalformedRequests.logRefusal(HttpStatus.BAD_REQUEST, request, rejected.getMessage());
                response.sendError(HttpStatus.BAD_REQUEST.value());
            };
        }
    }
}
