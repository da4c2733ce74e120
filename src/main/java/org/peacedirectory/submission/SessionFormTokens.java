package org.peacedirectory.submission;

import jakarta.servlet.http.HttpSession;
import java.util.Base64;
import org.peacedirectory.system.AppSecrets;
import org.springframework.stereotype.Component;

/**
 * Binds a form's hidden token to the session that received the form. A submission is stored, and found
 * again on a double click, under the keyed hash of the session id and the token, never under the token
 * itself: the same token posted from another session (someone else's form, replayed) makes another key,
 * so it is taken as a new form and reveals nothing of the first one. Nothing is kept in memory, and the
 * key comes out the same on every instance that shares the session.
 */
@Component
class SessionFormTokens {

    private final AppSecrets secrets;

    SessionFormTokens(AppSecrets secrets) {
        this.secrets = secrets;
    }

    /** The key a submission from this form, sent in this session, is stored under: 43 URL-safe characters. */
    String bind(String formToken, HttpSession session) {
        byte[] key = secrets.hmac("form-token", session.getId() + ' ' + formToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
