package org.peacedirectory.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import org.peacedirectory.system.AppSecrets;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.stereotype.Component;

/**
 * Binds a form's hidden token to the visitor who received the form: to their CSRF token, the secret of their
 * browser (a cookie, {@code system.CsrfCookies}, that Spring Security checked before the form got here). A
 * submission is stored, and found again on a double click, under the keyed hash of the two, never under the
 * form token itself: the same form token posted by another visitor (someone else's form, replayed) makes
 * another key, so it is taken as a new form and reveals nothing of the first one. Nothing is kept in memory,
 * no HTTP session is needed, and the key comes out the same on every instance. The problem report form
 * ({@code report}) stores its reports under the same keys.
 */
@Component
public class VisitorFormTokens {

    private final AppSecrets secrets;

    VisitorFormTokens(AppSecrets secrets) {
        this.secrets = secrets;
    }

    /** The key a submission from this form, sent by this visitor, is stored under: 43 URL-safe characters. */
    public String bind(String formToken, HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken csrf)) {
            throw new IllegalStateException("A form that did not pass Spring Security's CSRF check");
        }
        byte[] key = secrets.hmac("form-token", csrf.get().getToken() + ' ' + formToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
