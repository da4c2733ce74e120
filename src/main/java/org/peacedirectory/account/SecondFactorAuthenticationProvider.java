package org.peacedirectory.account;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * The password check, then the second factor: an account with one logs in only with a valid unused code
 * (or recovery code), sent with the password or on the next page. A code sent for an account without a second factor fails,
 * so that a code can never stand in for a missing one (see the throttle filter in {@link ModeratorLogin}).
 * While the account's codes are locked by too many wrong ones ({@link LoginThrottle}), the right password
 * gets no further, whatever code comes with it.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;

    SecondFactorAuthenticationProvider(
            AuthenticationProvider passwords, SecondFactors secondFactors, LoginThrottle throttle) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        Authentication result = passwords.authenticate(attempt);
        if (result == null) {
            return null; // the password provider cannot decide, so neither can this one (the contract's null)
        }
        ModeratorPrincipal moderator = (ModeratorPrincipal)
                Objects.requireNonNull(result.getPrincipal(), "an authenticated token carries its principal");
        String code = attempt.getDetails() instanceof LoginDetails details ? details.code() : null;
        boolean enrolled = secondFactors.isEnrolled(moderator.getAccountId());
        if (enrolled && !throttle.codesLockedFor(moderator.getUsername()).isZero()) {
            throw new SecondFactorCodesLockedException(moderator.getUsername());
        }
        if (code == null) {
            if (enrolled) {
                throw new SecondFactorNeededException(moderator);
            }
            return result;
        }
        if (!enrolled) {
            throw new BadCredentialsException("A code for an account without a second factor");
        }
        if (secondFactors.useCodeOrRecoveryCode(moderator, code)) {
            return result;
        }
        throw new WrongSecondFactorCodeException(moderator.getUsername());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
