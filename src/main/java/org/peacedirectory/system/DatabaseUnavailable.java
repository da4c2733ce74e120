package org.peacedirectory.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that does not answer (stopped, restarting, frozen, too slow) from every other failure:
 * the first is temporary and gets a 503 with {@code Retry-After}, the others stay errors.
 */
public final class DatabaseUnavailable {

    /** How long a visitor is asked to wait: the embedded server is back within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** Request attribute: the database failed this request ({@link #forgetSession}). */
    private static final String FAILED = DatabaseUnavailable.class.getName() + ".failed";

    /**
     * Spring Session's request attribute for the session read (or made) for this request, which it saves as
     * the answer goes out ({@code SessionRepositoryFilter}'s {@code CURRENT_SESSION_ATTR}, private there; its
     * other attributes share the prefix). {@code SessionDuringOutageTest} fails if it changes.
     */
    static final String SPRING_SESSION_ATTRIBUTES = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR;

    private static final String CURRENT_SESSION = SPRING_SESSION_ATTRIBUTES + ".CURRENT_SESSION";

    private DatabaseUnavailable() {}

    /** Whether the failure, or any of its causes, says the database could not be reached in time. */
    public static boolean causedBy(Throwable failure) {
        Throwable parent = null;
        for (Throwable cause = failure; cause != null && cause != parent; cause = cause.getCause()) {
            if (isUnavailability(cause) || isLostConnectionAtTransactionEnd(cause, parent)) {
                return true;
            }
            parent = cause;
        }
        return false;
    }

    /**
     * Status 503 and the {@code Retry-After} header, for a page rendered as usual (a form given back) while the
     * database does not answer; the session is left alone for the rest of the request ({@link #forgetSession}).
     */
    public static void mark(HttpServletRequest request, HttpServletResponse response) {
        forgetSession(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
    }

    /**
     * Status 503, {@code Retry-After}, and the site's error page (templates/error/503.html) through Boot, for a
     * request the database failed; the session is left alone for the rest of the request ({@link #forgetSession}).
     */
    public static void sendErrorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forgetSession(request);
        sendErrorPage(response);
    }

    /** Status 503, {@code Retry-After}, and the site's error page, for another service that failed (search). */
    public static void sendErrorPage(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    /**
     * The HTTP session lives in the database that just failed (Spring Session JDBC): for the rest of this
     * request it is neither saved (Spring Session saves it as the answer goes out, which would fail and turn
     * the 503 into a 500) nor read again for the error page ({@link DatabaseUnavailableFilter} hides it from
     * the error dispatch). Nothing is lost that matters: the session is as the previous request left it.
     */
    public static void forgetSession(HttpServletRequest request) {
        request.setAttribute(FAILED, Boolean.TRUE);
        request.removeAttribute(CURRENT_SESSION);
    }

    /** Whether the database failed this request and its 503 is on the way ({@link #forgetSession}). */
    static boolean failed(HttpServletRequest request) {
        return request.getAttribute(FAILED) != null;
    }

    private static boolean isUnavailability(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException // no connection, or one lost
                || cause instanceof CannotCreateTransactionException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof QueryTimeoutException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof jakarta.persistence.QueryTimeoutException
                || cause instanceof SQLTransientConnectionException // the pool gave none in time
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLTimeoutException
                || cause instanceof SocketTimeoutException // a frozen server
                || cause instanceof ConnectException) {
            return true;
        }
        return cause instanceof SQLException sql && isUnavailabilityState(sql.getSQLState());
    }

    /**
     * A statement that failed on a lost connection makes the pool close it; rolling the transaction back
     * then fails with the pool's "Connection is closed" (an SQLException without a state), and Spring
     * reports that failure instead of the first one.
     */
    private static boolean isLostConnectionAtTransactionEnd(Throwable cause, @Nullable Throwable parent) {
        return cause instanceof SQLException sql
                && sql.getSQLState() == null
                && parent instanceof org.hibernate.TransactionException;
    }

    /**
     * PostgreSQL's codes: class 08 (connection exception), 57014 (statement timeout), 57P01 to 57P03
     * (shut down, crashed, starting up or in recovery).
     */
    private static boolean isUnavailabilityState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57014") || state.startsWith("57P0"));
    }
}
