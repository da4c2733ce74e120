package org.peacedirectory.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * How a moderator logs in, for {@code SecurityConfiguration}: the form's names and pages, what happens
 * after a success or a failure, and the filters that refuse throttled logins and end the session of an
 * account disabled since it logged in. Every failure gets the same message, whether the account exists,
 * is disabled or the password is wrong; only a throttled login is told how long to wait.
 */
@Component
public class ModeratorLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    public static final String PAGE = "/login";
    public static final String EMAIL_PARAMETER = "email";
    public static final String PASSWORD_PARAMETER = "password";
    /** Where a login goes when it was not sent there from another moderation page. */
    public static final String AFTER_LOGIN = "/moderation";

    /** Flash attributes the login page reads. */
    static final String FLASH_EMAIL = "loginEmail";
    static final String FLASH_LOCKED_MINUTES = "lockedMinutes";

    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final SavedRequestAwareAuthenticationSuccessHandler afterLogin =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    ModeratorLogin(LoginThrottle throttle, Accounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
        afterLogin.setDefaultTargetUrl(AFTER_LOGIN);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        throttle.recordSuccess(authentication.getName());
        afterLogin.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter(EMAIL_PARAMETER);
        throttle.recordFailure(email, request.getRemoteAddr());
        backToLoginPage(request, response, email, throttle.lockedFor(email, request.getRemoteAddr()));
    }

    /** Refuses a login attempt, before any password is checked, while its account or address is locked. */
    public Filter throttleFilter() {
        RequestMatcher loginAttempt = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE);
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !loginAttempt.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String email = request.getParameter(EMAIL_PARAMETER);
                Duration lock = throttle.lockedFor(email, request.getRemoteAddr());
                if (lock.isZero()) {
                    chain.doFilter(request, response);
                } else {
                    backToLoginPage(request, response, email, lock);
                }
            }
        };
    }

    /**
     * Logs out, on its next moderation request, a moderator whose account was disabled after they logged
     * in: the session keeps a copy of the account, so without this a disabled moderator would stay in.
     */
    public Filter disabledAccountFilter() {
        RequestMatcher moderation = PathPatternRequestMatcher.withDefaults().matcher("/moderation/**");
        SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !moderation.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof ModeratorPrincipal moderator
                        && !accounts.existsByIdAndEnabledTrue(moderator.getAccountId())) {
                    logout.logout(request, response, authentication);
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** To {@code /login?error} or {@code /login?locked}, keeping the email typed for the form. */
    private void backToLoginPage(HttpServletRequest request, HttpServletResponse response, String email,
            Duration lock) throws IOException {
        String target = request.getContextPath() + PAGE;
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath(target);
        if (email != null) {
            flash.put(FLASH_EMAIL, email.strip());
        }
        if (!lock.isZero()) {
            flash.put(FLASH_LOCKED_MINUTES, minutes(lock));
        }
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(target + (lock.isZero() ? "?error" : "?locked"));
    }

    /** Whole minutes, rounded up, so that "1 minute" is never said when 61 seconds are left. */
    static long minutes(Duration lock) {
        return Math.max(1, (lock.toSeconds() + 59) / 60);
    }
}
