package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form sends besides the email and password: the optional second-factor code. Kept with the
 * login in the session (in the database) once it succeeded, without the code ({@link #eraseCredentials}).
 */
class LoginDetails extends WebAuthenticationDetails implements CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private @Nullable String code;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter(ModeratorLogin.CODE_PARAMETER);
    }

    /** Null when the field was left empty. */
    @Nullable
    String code() {
        return code == null || code.isBlank() ? null : code;
    }

    @Override
    public void eraseCredentials() {
        code = null;
    }
}
