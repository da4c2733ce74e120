package org.peacedirectory.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed logins for one email address, or 20 from one IP address,
 * within 15 minutes, every login for that address is refused for 15 minutes, even with the right
 * password. Unknown email addresses count like real ones, so the answer never tells whether an account
 * exists. Kept in memory: a restart forgetting it is harmless.
 *
 * <p>Wrong second-factor codes, sent after the right password, have their own count per account: 10 within
 * an hour lock the account's codes for an hour, from whatever addresses they came, and during that lock
 * even a right code is refused. Only someone who has the password can get that far, so this lock cannot
 * be used to keep a moderator out by knowing their email alone. A successful login does not clear it: the
 * owner logging in must not give a guesser who has the password ten fresh tries.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Wrong codes after the right password, per account, before its codes are refused (see the class comment). */
    static final int MAX_WRONG_CODES_PER_ACCOUNT = 10;

    static final Duration CODE_WINDOW = Duration.ofHours(1);
    static final Duration CODE_LOCK = Duration.ofHours(1);
    /** Above this many remembered keys, expired ones are forgotten, so a flood cannot fill the memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long logins for this email or from this address are still refused; zero when they may go ahead. */
    public Duration lockedFor(@Nullable String email, String address) {
        Instant now = clock.instant();
        Duration account = remainingLock(accountKey(email), now);
        Duration ip = remainingLock(addressKey(address), now);
        return account.compareTo(ip) >= 0 ? account : ip;
    }

    /** How long logins for this email are still refused because of its own failures. */
    public Duration lockedForAccount(String email) {
        return remainingLock(accountKey(email), clock.instant());
    }

    /** How long logins from this address are still refused, whatever the email. */
    public Duration lockedForAddress(String address) {
        return remainingLock(addressKey(address), clock.instant());
    }

    public void recordFailure(@Nullable String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), MAX_FAILURES_PER_ACCOUNT, WINDOW, LOCK, now);
        record(addressKey(address), MAX_FAILURES_PER_ADDRESS, WINDOW, LOCK, now);
        prune(now);
    }

    private void prune(Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.isForgettable(now));
        }
    }

    /**
     * A wrong second-factor code sent with (or after) the right password: counts against the account's codes
     * and against the address, but not as a wrong password.
     */
    public void recordWrongCode(String email, String address) {
        Instant now = clock.instant();
        record(codeKey(email), MAX_WRONG_CODES_PER_ACCOUNT, CODE_WINDOW, CODE_LOCK, now);
        record(addressKey(address), MAX_FAILURES_PER_ADDRESS, WINDOW, LOCK, now);
        prune(now);
    }

    /** How long this account's second-factor codes are still refused, even right ones. */
    public Duration codesLockedFor(String email) {
        return remainingLock(codeKey(email), clock.instant());
    }

    /** A successful login clears the account's failures (not the address's). */
    public void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    /** Forgets everyone: for tests that share one application. */
    void clear() {
        failures.clear();
    }

    private void record(String key, int limit, Duration window, Duration lock, Instant now) {
        Failures entry = failures.computeIfAbsent(key, k -> new Failures(window));
        synchronized (entry) {
            entry.add(now, limit, lock);
        }
    }

    private Duration remainingLock(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return Duration.ZERO;
        }
        synchronized (entry) {
            return entry.remainingLock(now);
        }
    }

    /** Spring Security trims the username it receives; the email is compared without regard to case. */
    private static String accountKey(@Nullable String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String codeKey(String email) {
        return "codes:" + accountKey(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The recent failures of one account or address, and the end of its lock if it is locked. */
    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private final Duration window;
        private @Nullable Instant lockedUntil;

        Failures(Duration window) {
            this.window = window;
        }

        void add(Instant now, int limit, Duration lock) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return;
            }
            lockedUntil = null;
            Instant cutoff = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            times.addLast(now);
            if (times.size() >= limit) {
                lockedUntil = now.plus(lock);
                times.clear();
            }
        }

        Duration remainingLock(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil)
                    ? Duration.between(now, lockedUntil)
                    : Duration.ZERO;
        }

        synchronized boolean isForgettable(Instant now) {
            return remainingLock(now).isZero()
                    && (times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
        }
    }
}
