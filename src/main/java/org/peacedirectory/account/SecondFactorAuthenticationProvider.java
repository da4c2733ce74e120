package org.peacedirectory.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The password check, then the second factor: an account with one logs in only with a valid unused code
 * (or recovery code), sent with the password or on the next page. A code sent for an account without a second factor fails,
 * so that a code can never stand in for a missing one (see the throttle filter in {@link ModeratorLogin}).
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SecondFactors secondFactors;

    SecondFactorAuthenticationProvider(AuthenticationProvider passwords, SecondFactors secondFactors) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication result = passwords.authenticate(attempt);
        ModeratorPrincipal moderator = (ModeratorPrincipal) result.getPrincipal();
        String code = attempt.getDetails() instanceof LoginDetails details ? details.code() : null;
        boolean enrolled = secondFactors.isEnrolled(moderator.getAccountId());
        if (code == null) {
            if (enrolled) {
                throw new SecondFactorNeededException(moderator);
            }
            return result;
        }
        if (enrolled && secondFactors.useCodeOrRecoveryCode(moderator, code)) {
            return result;
        }
        throw new BadCredentialsException("Wrong or missing second factor");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
