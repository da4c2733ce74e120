package org.peacedirectory.system;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database that does not answer gives the reader the "temporarily unavailable" page (503, with
 * {@code Retry-After}), drawn like every error page; any other data access failure stays a 500.
 * One log line per request, no stack trace: an outage would otherwise flood the log.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseUnavailable.causedBy(failure)) {
            throw failure; // not an outage: Spring's usual handling (a 500) goes on
        }
        log.warn(
                "Database unavailable, 503 for {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        DatabaseUnavailable.sendErrorPage(request, response);
        return new ModelAndView();
    }
}
