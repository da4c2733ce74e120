package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the login form sends besides the email and password: the optional second-factor code. */
class LoginDetails extends WebAuthenticationDetails {

    private final @Nullable String code;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter(ModeratorLogin.CODE_PARAMETER);
    }

    /** Null when the field was left empty. */
    @Nullable
    String code() {
        return code == null || code.isBlank() ? null : code;
    }
}
