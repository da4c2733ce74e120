package org.peacedirectory.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out, on its next request, someone whose sign-in is no longer allowed (an account disabled, a claim
 * revoked after they signed in): the session keeps a copy of the principal, so without this they would stay
 * in until it expires.
 */
final class SignOutWhen extends OncePerRequestFilter {

    private final String name;
    private final RequestMatcher watched;
    private final Predicate<Object> noLongerAllowed;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    /**
     * @param name what it watches for; each filter of this class needs its own, as a request marks itself
     *     "already filtered" by it
     * @param noLongerAllowed given the signed-in principal, whether to sign it out
     */
    SignOutWhen(String name, RequestMatcher watched, Predicate<Object> noLongerAllowed) {
        this.name = name;
        this.watched = watched;
        this.noLongerAllowed = noLongerAllowed;
    }

    SignOutWhen(String name, Predicate<Object> noLongerAllowed) {
        this(name, AnyRequestMatcher.INSTANCE, noLongerAllowed);
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return SignOutWhen.class.getName() + "." + name + ".FILTERED";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !watched.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && noLongerAllowed.test(authentication.getPrincipal())) {
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
