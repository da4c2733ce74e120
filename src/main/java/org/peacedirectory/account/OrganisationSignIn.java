package org.peacedirectory.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.IpHasher;
import org.peacedirectory.system.RateLimits;
import org.peacedirectory.system.SiteUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How an organisation signs in, for {@code SecurityConfiguration}: Spring Security's one-time-token login,
 * its tokens in PostgreSQL ({@link JdbcOneTimeTokenService}, table {@code one_time_tokens}) so that a link
 * made on one instance signs in on any. The address is given at {@value #SIGN_IN_PAGE}; a link is made and
 * mailed only for the address of an accepted claim ({@link OrganisationUsers}), at most so many an hour
 * from one connection; the page says the same whether or not the address is known. The mailed link opens
 * {@value #LINK_PAGE}, whose button posts the token back (a link opened by a mail scanner signs no one in).
 * A signed-in organisation whose claim was revoked since is signed out on its next request.
 */
@Component
public class OrganisationSignIn {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSignIn.class);

    /** Where the address is asked (GET), and where it is sent to have a link made (POST). */
    public static final String SIGN_IN_PAGE = "/my-organisation/sign-in";
    /** The page the mailed link opens (GET), and where its button signs in (POST). */
    public static final String LINK_PAGE = "/my-organisation/sign-in/link";
    /** Where the sign-in page goes once the address was taken: "if it is known, a link is on its way". */
    public static final String SENT_PAGE = "/my-organisation/sign-in/sent";
    /** The organisation's own page, after signing in. */
    public static final String HOME = "/my-organisation";
    /** The field of the sign-in page that carries the address. */
    public static final String EMAIL_PARAMETER = "email";
    /** Set on a sign-in request the link was not made for: one of the {@code REFUSED_*} values. */
    public static final String REFUSED = OrganisationSignIn.class.getName() + ".refused";

    public static final String REFUSED_UNAVAILABLE = "unavailable";
    public static final String REFUSED_RATE_LIMITED = "rateLimited";
    public static final String REFUSED_INVALID = "invalid";
    public static final String REFUSED_UNKNOWN = "unknown";

    private static final int LONGEST_EMAIL = 254;

    private final OrganisationUsers users;
    private final RateLimits.Limit links;
    private final IpHasher ipHasher;
    private final SiteUrl siteUrl;
    private final Duration linkValidity;
    private final OneTimeTokenService tokens;

    OrganisationSignIn(
            OrganisationUsers users,
            RateLimits limits,
            IpHasher ipHasher,
            SiteUrl siteUrl,
            OneTimeTokenService tokens,
            @Value("${directory.organisations.sign-in-links-per-ip-per-hour}") int linksPerHour,
            @Value("${directory.organisations.sign-in-link-validity}") Duration linkValidity) {
        this.users = users;
        this.links = limits.limit("organisation-sign-in-links", linksPerHour, Duration.ofHours(1));
        this.ipHasher = ipHasher;
        this.siteUrl = siteUrl;
        this.linkValidity = linkValidity;
        this.tokens = tokens;
    }

    OneTimeTokenService tokenService() {
        return tokens;
    }

    /**
     * Makes a sign-in request of the posted address only when a link may be sent to it; otherwise says why
     * in a request attribute ({@link #REFUSED}) and returns null, so that the request goes on to the sign-in
     * page's controller, which shows it.
     */
    GenerateOneTimeTokenRequestResolver requestResolver() {
        return request -> {
            String email = request.getParameter(EMAIL_PARAMETER);
            if (!users.canSendSignInLinks()) {
                return refused(request, REFUSED_UNAVAILABLE);
            }
            if (email == null || email.isBlank() || email.length() > LONGEST_EMAIL || email.indexOf('@') < 1) {
                return refused(request, REFUSED_INVALID);
            }
            String ipHash = ipHasher.hash(request.getRemoteAddr());
            if (!links.lockedFor(ipHash).isZero()) {
                return refused(request, REFUSED_RATE_LIMITED);
            }
            links.record(ipHash);
            Optional<OrganisationPrincipal> user = users.byEmail(email.strip());
            if (user.isEmpty()) {
                return refused(request, REFUSED_UNKNOWN);
            }
            return new GenerateOneTimeTokenRequest(user.get().getEmail(), linkValidity);
        };
    }

    private static @Nullable GenerateOneTimeTokenRequest refused(HttpServletRequest request, String why) {
        request.setAttribute(REFUSED, why);
        return null;
    }

    /** Mails the link, then shows the page that says it is on its way (or that it could not be sent). */
    OneTimeTokenGenerationSuccessHandler linkMailer() {
        return (request, response, token) -> {
            Locale language = RequestContextUtils.getLocale(request);
            String target = SENT_PAGE;
            try {
                Optional<OrganisationPrincipal> user = users.byEmail(token.getUsername());
                if (user.isPresent()) {
                    users.sendSignInLink(user.get(), linkTo(token), language);
                }
            } catch (MailException e) {
                log.warn("A sign-in link could not be mailed: {}", e.getMessage());
                target = SIGN_IN_PAGE + "?failed";
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    private String linkTo(OneTimeToken token) {
        return siteUrl.of(LINK_PAGE) + "?token=" + token.getTokenValue();
    }

    /** Signs in with a token, as the organisation user its address belongs to (still an accepted claim). */
    AuthenticationProvider authenticationProvider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                OneTimeTokenAuthenticationToken attempt = (OneTimeTokenAuthenticationToken) authentication;
                OneTimeToken token = tokens.consume(attempt);
                if (token == null) {
                    throw new InvalidOneTimeTokenException("Invalid, used or expired sign-in link");
                }
                OrganisationPrincipal user = users.byEmail(token.getUsername())
                        .orElseThrow(() -> new BadCredentialsException("No longer an organisation user"));
                return new OneTimeTokenAuthentication(user, user.authorities());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** Signs out, on its next request, an organisation user whose claim was revoked after they signed in. */
    Filter revokedClaimFilter() {
        return new SignOutWhen(
                "revoked-claim",
                principal ->
                        principal instanceof OrganisationPrincipal user && !users.stillAccepted(user.getClaimId()));
    }
}
