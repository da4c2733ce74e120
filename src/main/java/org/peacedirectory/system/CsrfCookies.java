package org.peacedirectory.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Where every form's CSRF token lives: a cookie ({@value #NAME}, HttpOnly, SameSite=Lax, Secure over HTTPS,
 * until the browser closes), not the HTTP session. Sessions are kept in PostgreSQL (Spring Session JDBC), and
 * with the token in the session every reader who merely opened a form (the submission form, a suggested edit,
 * the login page) would have written a session row. So readers and submitters have no session at all; only
 * a login (and a login under way) makes one. The token is checked against the cookie (Spring Security's
 * double-submit cookie), and forms carry it masked anew in each page ({@link UndecodableCsrfTokens}).
 * <p>
 * A page that read or made a token is marked ({@link #TOKEN_USED}), so that the page cache never keeps it:
 * a reader who already has the cookie gets no {@code Set-Cookie}, and only the mark tells that the page
 * carries something of theirs.
 * <p>
 * What a cookie cannot do that a session could: a host able to set cookies for this site's domain (a sibling
 * subdomain someone else controls, or a network attacker on plain HTTP) could plant a token it knows and
 * forge a form sent with it. Serve the site over HTTPS, on a host whose parent domain's other hosts are
 * trusted.
 */
@Component
public class CsrfCookies implements CsrfTokenRepository {

    public static final String NAME = "XSRF-TOKEN";
    /** Request attribute: this response carries (or set) the reader's CSRF token. */
    public static final String TOKEN_USED = CsrfCookies.class.getName() + ".tokenUsed";

    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    CsrfCookies() {
        cookies.setCookieName(NAME);
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        request.setAttribute(TOKEN_USED, Boolean.TRUE);
        return cookies.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = cookies.loadToken(request);
        if (token != null) {
            request.setAttribute(TOKEN_USED, Boolean.TRUE);
        }
        return token;
    }
}
