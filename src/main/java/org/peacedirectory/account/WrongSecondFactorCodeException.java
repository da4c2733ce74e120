package org.peacedirectory.account;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The password was right but the second-factor code sent with it was wrong: counted against the account's
 * codes, not as a wrong password (see {@link LoginThrottle#recordWrongCode}).
 */
class WrongSecondFactorCodeException extends BadCredentialsException {

    private final String email;

    WrongSecondFactorCodeException(String email) {
        super("Wrong second-factor code");
        this.email = email;
    }

    /** The account's email, as it is stored. */
    String email() {
        return email;
    }
}
