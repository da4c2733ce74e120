package org.peacedirectory.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationNotFoundException;
import org.peacedirectory.system.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as problem details (RFC 9457, {@code application/problem+json}), for {@code /api/v1} and
 * the HSDS API of the sub-package alike: an unknown profile or record (404), a malformed parameter or
 * paging out of bounds (400), too many requests (429) and a database that does not answer (503), the last
 * two with {@code Retry-After}. Other failures stay errors.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(OrganisationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(OrganisationNotFoundException failure) {
        return problem(HttpStatus.NOT_FOUND, "No published organisation at this address.", null);
    }

    @ExceptionHandler(UnknownRecordException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownRecordException failure) {
        return problem(HttpStatus.NOT_FOUND, failure.getMessage(), null);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, InvalidPagingException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception failure) {
        String detail = failure instanceof MethodArgumentTypeMismatchException mismatch
                ? "The parameter '" + mismatch.getName() + "' must be "
                        + (mismatch.getRequiredType() == boolean.class ? "true or false." : "a whole number.")
                : failure.getMessage();
        return problem(HttpStatus.BAD_REQUEST, detail, null);
    }

    @ExceptionHandler(TooManyApiRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyApiRequestsException failure) {
        return problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "This address has made many requests in the last hour. Try again after the time in Retry-After,"
                        + " or download the whole directory instead.",
                Long.toString(failure.waitFor().toSeconds()));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> unavailable(DataAccessException failure, HttpServletRequest request) {
        if (!DatabaseUnavailable.causedBy(failure)) {
            throw failure;
        }
        DatabaseUnavailable.forgetSession(request); // a client with a session: not saved with this answer
        log.warn(
                "Database unavailable, 503 for the API: {}",
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The directory cannot answer at the moment; try again shortly.",
                Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, @Nullable String detail, @Nullable String retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return answer.body(problem);
    }
}
