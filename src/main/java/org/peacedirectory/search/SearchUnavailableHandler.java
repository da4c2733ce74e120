package org.peacedirectory.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.util.common.SearchException;
import org.peacedirectory.system.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A search cluster that does not answer, or answers with an error (the Elasticsearch/OpenSearch backend),
 * gives the reader the "temporarily unavailable" page (503, with {@code Retry-After}), as a database
 * outage does, instead of a 500. One log line per request, no stack trace. Other search failures (a bug in
 * a query) stay errors.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SearchUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    @ExceptionHandler(SearchException.class)
    ModelAndView unavailable(SearchException failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!clusterFailed(failure)) {
            throw failure;
        }
        log.warn(
                "Search cluster unavailable, 503 for {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        DatabaseUnavailable.sendErrorPage(response);
        return new ModelAndView();
    }

    /**
     * The cluster could not be reached, did not answer within the client's timeouts (see
     * SearchBackendConfiguration), or refused the request (HSEARCH400007).
     */
    static boolean clusterFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof SearchException && message != null && message.startsWith("HSEARCH400007:")) {
                return true;
            }
        }
        return false;
    }
}
