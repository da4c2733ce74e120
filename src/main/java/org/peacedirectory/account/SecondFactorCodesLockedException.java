package org.peacedirectory.account;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but too many wrong second-factor codes were sent for this account lately: no
 * code is checked, not even a right one, until the lock ends (see {@link LoginThrottle#codesLockedFor}).
 */
class SecondFactorCodesLockedException extends AuthenticationException {

    private final String email;

    SecondFactorCodesLockedException(String email) {
        super("Second-factor codes are locked for this account");
        this.email = email;
    }

    /** The account's email, as it is stored. */
    String email() {
        return email;
    }
}
