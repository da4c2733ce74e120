package org.peacedirectory.account;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.CsrfCookies;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * How a moderator logs in, for {@code SecurityConfiguration}: the form's names and pages, what happens
 * after a success or a failure, the filter that refuses throttled logins, and the second-factor step.
 * Every failure gets the same message, whether the account exists, is disabled or the password is wrong;
 * only a throttled login is told how long to wait. What watches the session after the login is
 * {@link ModerationSessionFilters}.
 */
@Component
public class ModeratorLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    public static final String PAGE = "/login";
    public static final String EMAIL_PARAMETER = "email";
    public static final String PASSWORD_PARAMETER = "password";
    /** The optional second-factor code on the login form (needed there only while the email is locked). */
    public static final String CODE_PARAMETER = "code";
    /** Where an account with a second factor gives its code after the right password. */
    public static final String SECOND_FACTOR_PAGE = "/login/second-factor";
    /** Where a moderator adds (or switches off) their second factor. */
    public static final String ENROLMENT_PAGE = "/moderation/second-factor";
    /** Wrong codes on the second-factor page before the password must be given again. */
    static final int MAX_CODE_ATTEMPTS = 5;
    /** Where a login goes when it was not sent there from another moderation page. */
    public static final String AFTER_LOGIN = "/moderation";

    /** Flash attributes the login page reads. */
    static final String FLASH_EMAIL = "loginEmail";

    static final String FLASH_LOCKED_MINUTES = "lockedMinutes";
    /** Session attribute: the password was right, the code is still to come. */
    static final String PENDING = ModeratorLogin.class.getName() + ".pendingSecondFactor";

    /**
     * The moderator whose password was right (their password hash erased), and how many wrong codes they have
     * sent since. Kept in the session, hence in the database: serialised, small.
     */
    record PendingSecondFactor(ModeratorPrincipal moderator, int wrongCodes) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private final LoginThrottle throttle;
    private final CsrfTokenRepository csrfTokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CookieRequestCache requestCache = new CookieRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler afterLogin =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    ModeratorLogin(LoginThrottle throttle, CsrfCookies csrfTokens) {
        this.throttle = throttle;
        this.csrfTokens = csrfTokens;
        // Only a moderation page read while logged out is worth coming back to after the login.
        requestCache.setRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/moderation/**"));
        afterLogin.setRequestCache(requestCache);
        afterLogin.setDefaultTargetUrl(AFTER_LOGIN);
    }

    /**
     * Where the moderation page that sent a reader to the login is kept until they log in: a cookie (its path
     * only, HttpOnly), not the HTTP session, so that a reader who opens a moderation address makes no session.
     */
    RequestCache requestCache() {
        return requestCache;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        throttle.recordSuccess(authentication.getName());
        afterLogin.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof SecondFactorNeededException needed) {
            ModeratorPrincipal moderator = needed.moderator();
            moderator.eraseCredentials(); // the session is kept in the database: no password hash in it
            request.getSession().setAttribute(PENDING, new PendingSecondFactor(moderator, 0));
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
            return;
        }
        String email = request.getParameter(EMAIL_PARAMETER);
        String address = request.getRemoteAddr();
        String rightPasswordFor = null; // the account, when its password was right but its code wrong or locked
        if (exception instanceof WrongSecondFactorCodeException wrongCode) {
            rightPasswordFor = wrongCode.email();
            throttle.recordWrongCode(rightPasswordFor, address);
        } else if (exception instanceof SecondFactorCodesLockedException codesLocked) {
            rightPasswordFor = codesLocked.email();
        } else {
            throttle.recordFailure(email, address);
        }
        Duration lock = throttle.lockedFor(email, address);
        Duration codesLock = rightPasswordFor == null ? Duration.ZERO : throttle.codesLockedFor(rightPasswordFor);
        if (lock.isZero() && !codesLock.isZero()) {
            // Said only after the right password, and not while the email is locked by wrong passwords: then
            // the answer stays the "locked" a wrong password gets, which tells a password guesser nothing.
            backToLoginPageCodesLocked(request, response, email, codesLock);
            return;
        }
        backToLoginPage(request, response, email, lock);
    }

    /** Keeps the optional code sent with the login form for {@link SecondFactorAuthenticationProvider}. */
    public AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource() {
        return LoginDetails::new;
    }

    /**
     * The second step: the code was right for the moderator whose password was right. Logs them in as the
     * form login would (new session id, context saved in the session) and goes where the form would go.
     */
    void completeWithSecondFactor(
            HttpServletRequest request, HttpServletResponse response, ModeratorPrincipal moderator)
            throws IOException, ServletException {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response); // a new CSRF token after login, as the form login does
        moderator.eraseCredentials();
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(moderator, null, moderator.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * A wrong code on the second-factor page counts against the account's codes and the address, as one
     * sent with the password on the login form does.
     */
    void recordWrongCode(HttpServletRequest request, PendingSecondFactor pending) {
        String email = pending.moderator().getUsername();
        throttle.recordWrongCode(email, request.getRemoteAddr());
        if (pending.wrongCodes() + 1 >= MAX_CODE_ATTEMPTS
                || !throttle.codesLockedFor(email).isZero()) {
            request.getSession().removeAttribute(PENDING);
        } else {
            request.getSession()
                    .setAttribute(PENDING, new PendingSecondFactor(pending.moderator(), pending.wrongCodes() + 1));
        }
    }

    /**
     * Refuses a login attempt, before any password is checked, while its address is locked, or while its
     * account is locked and no second-factor code comes with it. A locked account still lets in whoever
     * sends the right password and a valid code together (checked by {@link SecondFactorAuthenticationProvider});
     * anything less gets the same "locked" answer as before, so the lock still tells a guesser nothing.
     * Guessing codes from many addresses is stopped after the password check, by the account's own count
     * of wrong codes ({@link LoginThrottle#recordWrongCode}).
     */
    public Filter throttleFilter() {
        RequestMatcher loginAttempt = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE);
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !loginAttempt.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String email = request.getParameter(EMAIL_PARAMETER);
                Duration lock = throttle.lockedFor(email, request.getRemoteAddr());
                String code = request.getParameter(CODE_PARAMETER);
                boolean withCode = code != null && !code.isBlank();
                if (lock.isZero()
                        || withCode
                                && throttle.lockedForAddress(request.getRemoteAddr())
                                        .isZero()) {
                    chain.doFilter(request, response);
                } else {
                    backToLoginPage(request, response, email, lock);
                }
            }
        };
    }

    /** To {@code /login?error} or {@code /login?locked}, keeping the email typed for the form. */
    void backToLoginPage(
            HttpServletRequest request, HttpServletResponse response, @Nullable String email, Duration lock)
            throws IOException {
        redirectToLoginPage(request, response, email, lock, lock.isZero() ? "?error" : "?locked");
    }

    /**
     * To {@code /login?codesLocked}: the password was right, but the account's second-factor codes are
     * refused for a while after too many wrong ones.
     */
    void backToLoginPageCodesLocked(
            HttpServletRequest request, HttpServletResponse response, String email, Duration lock) throws IOException {
        redirectToLoginPage(request, response, email, lock, "?codesLocked");
    }

    private void redirectToLoginPage(
            HttpServletRequest request,
            HttpServletResponse response,
            @Nullable String email,
            Duration lock,
            String query)
            throws IOException {
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
        response.sendRedirect(target + query);
    }

    /** Whole minutes, rounded up, so that "1 minute" is never said when 61 seconds are left. */
    static long minutes(Duration lock) {
        return Math.max(1, (lock.toSeconds() + 59) / 60);
    }
}
