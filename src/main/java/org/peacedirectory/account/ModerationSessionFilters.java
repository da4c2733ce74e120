package org.peacedirectory.account;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The filters that watch a moderator's session after the login, for {@code SecurityConfiguration}: the
 * account may have changed since (disabled by an admin), or a second factor may have become required.
 * How the login itself goes is {@link ModeratorLogin}'s.
 */
@Component
public class ModerationSessionFilters {

    private final Accounts accounts;
    private final SecondFactors secondFactors;

    ModerationSessionFilters(Accounts accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    /**
     * Logs out, on its next moderation request, a moderator whose account was disabled after they logged
     * in: the session keeps a copy of the account, so without this a disabled moderator would stay in.
     */
    public Filter disabledAccountFilter() {
        RequestMatcher moderation = PathPatternRequestMatcher.withDefaults().matcher("/moderation/**");
        return new SignOutWhen(
                "disabled-account",
                moderation,
                principal -> principal instanceof ModeratorPrincipal moderator
                        && !accounts.existsByIdAndEnabledTrue(moderator.getAccountId()));
    }

    /**
     * While an admin requires a second factor, sends a logged-in moderator without one to the enrolment page
     * from every other moderation page.
     */
    public Filter secondFactorRequirementFilter() {
        RequestMatcher moderation = PathPatternRequestMatcher.withDefaults().matcher("/moderation/**");
        RequestMatcher enrolment =
                PathPatternRequestMatcher.withDefaults().matcher(ModeratorLogin.ENROLMENT_PAGE + "/**");
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !moderation.matches(request) || enrolment.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null
                        && authentication.getPrincipal() instanceof ModeratorPrincipal moderator
                        && secondFactors.mustEnrol(moderator.getAccountId())) {
                    response.sendRedirect(request.getContextPath() + ModeratorLogin.ENROLMENT_PAGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
