package org.peacedirectory.account;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: 5 failed logins for one email address, or 20 from one IP address, lock it
 * for 15 minutes, every login for it refused even with the right password. Counted in PostgreSQL
 * ({@link RateLimits}), so every instance sees the same counts, by this rule: failures are counted in
 * 15-minute periods that begin with the key's first failure, and the one that reaches the limit locks the
 * key for 15 minutes from that moment; failures during a lock are not counted and do not extend it; after
 * it the count starts again. (So 5 failures within one period, or in quick succession, lock an email; one
 * that stays under 5 in each period can fail up to 9 times in a short span across the end of a period.)
 * Unknown email addresses count like real ones, so the answer never tells whether an account exists.
 *
 * <p>Wrong second-factor codes, sent after the right password, have their own count per account, by the
 * same rule: 10 within an hour's period lock the account's codes for an hour, from whatever addresses they
 * came, and during that lock even a right code is refused. Only someone who has the password can get that
 * far, so this lock cannot be used to keep a moderator out by knowing their email alone. A successful
 * login does not clear it: the owner logging in must not give a guesser who has the password ten fresh
 * tries.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** The period failures are counted in, and the length of the lock. */
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Wrong codes after the right password, per account, before its codes are refused (see the class comment). */
    static final int MAX_WRONG_CODES_PER_ACCOUNT = 10;
    /** The period wrong codes are counted in, and the length of the codes' lock. */
    static final Duration CODE_LOCK = Duration.ofHours(1);

    private final RateLimits.Limit accounts;
    private final RateLimits.Limit addresses;
    private final RateLimits.Limit codes;

    LoginThrottle(RateLimits limits) {
        this.accounts = limits.limit("login-account", MAX_FAILURES_PER_ACCOUNT, LOCK);
        this.addresses = limits.limit("login-address", MAX_FAILURES_PER_ADDRESS, LOCK);
        this.codes = limits.limit("login-codes", MAX_WRONG_CODES_PER_ACCOUNT, CODE_LOCK);
    }

    /** How long logins for this email or from this address are still refused; zero when they may go ahead. */
    public Duration lockedFor(@Nullable String email, String address) {
        Duration account = lockedForAccount(email);
        Duration ip = lockedForAddress(address);
        return account.compareTo(ip) >= 0 ? account : ip;
    }

    /** How long logins for this email are still refused because of its own failures. */
    public Duration lockedForAccount(@Nullable String email) {
        return accounts.lockedFor(accountKey(email));
    }

    /** How long logins from this address are still refused, whatever the email. */
    public Duration lockedForAddress(String address) {
        return addresses.lockedFor(address);
    }

    public void recordFailure(@Nullable String email, String address) {
        accounts.record(accountKey(email));
        addresses.record(address);
    }

    /**
     * A wrong second-factor code sent with (or after) the right password: counts against the account's codes
     * and against the address, but not as a wrong password.
     */
    public void recordWrongCode(String email, String address) {
        codes.record(accountKey(email));
        addresses.record(address);
    }

    /** How long this account's second-factor codes are still refused, even right ones. */
    public Duration codesLockedFor(String email) {
        return codes.lockedFor(accountKey(email));
    }

    /** A successful login clears the account's password failures and lock (not the address's, nor the codes'). */
    public void recordSuccess(String email) {
        accounts.forget(accountKey(email));
    }

    /** Forgets everyone: for tests that share one database. */
    void clear() {
        accounts.forgetAll();
        addresses.forgetAll();
        codes.forgetAll();
    }

    /** Spring Security trims the username it receives; the email is compared without regard to case. */
    private static String accountKey(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
