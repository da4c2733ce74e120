package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The 503 of a request whose database failed after its session was read (mock servlet objects, Spring
 * Session's own filter on a repository that fails like the database): the session is not saved with the
 * answer, which would fail again and turn the 503 into a 500, and the error page's dispatch does not read it
 * again. The same outage before the session is read is {@code DatabaseOutageTest}'s, over real HTTP.
 */
class SessionDuringOutageTest {

    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
    private final SessionRepositoryFilter<MapSession> sessionFilter =
            new SessionRepositoryFilter<>(new SessionRepository<MapSession>() {
                @Override
                public MapSession createSession() {
                    return sessions.createSession();
                }

                @Override
                public void save(MapSession session) {
                    failIfDown();
                    sessions.save(session);
                }

                @Override
                public MapSession findById(String id) {
                    failIfDown();
                    return sessions.findById(id);
                }

                @Override
                public void deleteById(String id) {
                    failIfDown();
                    sessions.deleteById(id);
                }
            });
    private final DatabaseUnavailableFilter outageFilter = new DatabaseUnavailableFilter("SESSION");

    private void failIfDown() {
        if (databaseDown.get()) {
            throw new DataAccessResourceFailureException("the database does not answer");
        }
    }

    @Test
    void theAdvicesAnswerDoesNotSaveTheSessionItReadBeforeTheDatabaseFailed() throws Exception {
        MockHttpServletRequest request = requestWith(logIn());
        MockHttpServletResponse response = new MockHttpServletResponse();

        outageFilter.doFilter(request, response, through(sessionFilter, (req, res) -> {
            assertThat(((HttpServletRequest) req).getSession(false)).as("read").isNotNull();
            databaseDown.set(true);
            // as DatabaseUnavailableHandler answers a controller's failure, through Spring Session's response
            DatabaseUnavailable.sendErrorPage((HttpServletRequest) req, (HttpServletResponse) res);
        }));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(errorPageSession(request, response))
                .as("the error page rendered without the session")
                .isNull();
    }

    @Test
    void aFiltersFailureAfterTheSessionWasReadGetsThe503AndItsPageWithoutTheSession() throws Exception {
        MockHttpServletRequest request = requestWith(logIn());
        MockHttpServletResponse response = new MockHttpServletResponse();

        outageFilter.doFilter(request, response, through(sessionFilter, (req, res) -> {
            assertThat(((HttpServletRequest) req).getSession(false)).as("read").isNotNull();
            databaseDown.set(true);
            throw new DataAccessResourceFailureException("the database stopped answering");
        }));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(errorPageSession(request, response)).isNull();
    }

    /** Runs the error page's dispatch of the request as the container would; the session the page sees. */
    private @Nullable Object errorPageSession(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        AtomicReference<@Nullable Object> session = new AtomicReference<>("not rendered");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
        outageFilter.doFilter(
                request,
                response,
                through(sessionFilter, (req, res) -> session.set(((HttpServletRequest) req).getSession(false))));
        return session.get();
    }

    private static MockHttpServletRequest requestWith(Cookie session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/moderation");
        request.setCookies(session);
        return request;
    }

    @Test
    void aSessionIsUsedAsUsualWhileTheDatabaseAnswers() throws Exception {
        MockHttpServletRequest request = requestWith(logIn());
        AtomicReference<Object> seen = new AtomicReference<>();

        outageFilter.doFilter(
                request,
                new MockHttpServletResponse(),
                through(
                        sessionFilter,
                        (req, res) -> seen.set(
                                ((HttpServletRequest) req).getSession(false).getAttribute("moderator"))));

        assertThat(seen.get()).isEqualTo("someone");
    }

    /** A first request that makes a session; its cookie. */
    private Cookie logIn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        outageFilter.doFilter(
                new MockHttpServletRequest("POST", "/login"),
                response,
                through(
                        sessionFilter,
                        (req, res) -> ((HttpServletRequest) req).getSession().setAttribute("moderator", "someone")));
        Cookie cookie = response.getCookie("SESSION");
        assertThat(cookie).isNotNull();
        assertThat(sessions.findById(new String(Base64.getDecoder().decode(cookie.getValue()))))
                .isNotNull();
        return cookie;
    }

    private static FilterChain through(SessionRepositoryFilter<?> filter, FilterChain handler) {
        return (request, response) -> filter.doFilter(request, response, handler);
    }
}
