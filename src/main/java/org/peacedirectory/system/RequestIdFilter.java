package org.peacedirectory.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Gives every request an id, for the logs: the {@code X-Request-Id} the load balancer (or the client) sent if
 * it is a plain token (1 to 64 of {@code A-Z a-z 0-9 . _ -}), otherwise a new random one. The id is in the
 * logging MDC as {@value #MDC_KEY} while the request is served (its error page included), so that each JSON
 * log line written meanwhile carries it (structured logging, see README), and it is sent back in the
 * response's {@code X-Request-Id}, kept there even when a filter resets the response (the page cache does).
 * Anything else sent in the header (spaces, line breaks, a long text) is never written to a log or a header.
 */
class RequestIdFilter implements Filter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : null;
        if (id == null) { // the request's first pass; an error dispatch finds it
            id = chosen(http.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            answer.setHeader(HEADER, id);
        }
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, new KeepingId(answer, id));
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    /** The id sent if it is safe to log and echo, else a new one. */
    static String chosen(@Nullable String sent) {
        return sent != null && SAFE.matcher(sent).matches() ? sent : fresh();
    }

    /** 128 random bits, URL-safe Base64 (22 characters): an id for logs, not a secret, so no SecureRandom. */
    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The response, whose reset keeps the id's header. */
    private static final class KeepingId extends HttpServletResponseWrapper {

        private final String id;

        KeepingId(HttpServletResponse response, String id) {
            super(response);
            this.id = id;
        }

        @Override
        public void reset() {
            super.reset();
            setHeader(HEADER, id);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** First of all filters, so that whatever logs during a request (the others included) carries its id. */
        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            var registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
            return registration;
        }
    }
}
