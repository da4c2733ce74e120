package org.peacedirectory.account;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, the account has a second factor and no code came with it: the login goes on
 * at the second-factor page. Not a failure, so it is not counted by the throttle.
 */
class SecondFactorNeededException extends AuthenticationException {

    private final ModeratorPrincipal moderator;

    SecondFactorNeededException(ModeratorPrincipal moderator) {
        super("A second-factor code is needed");
        this.moderator = moderator;
    }

    ModeratorPrincipal moderator() {
        return moderator;
    }
}
