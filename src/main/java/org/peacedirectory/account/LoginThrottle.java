package org.peacedirectory.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed logins for one email address, or 20 from one IP address,
 * within 15 minutes, every login for that address is refused for 15 minutes, even with the right
 * password. Unknown email addresses count like real ones, so the answer never tells whether an account
 * exists. Kept in memory: a restart forgetting it is harmless.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Above this many remembered keys, expired ones are forgotten, so a flood cannot fill the memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long logins for this email or from this address are still refused; zero when they may go ahead. */
    public Duration lockedFor(String email, String address) {
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

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        record(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now);
        record(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.isForgettable(now));
        }
    }

    /** A successful login clears the account's failures (not the address's). */
    public void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    /** Forgets everyone: for tests that share one application. */
    void clear() {
        failures.clear();
    }

    private void record(String key, int limit, Instant now) {
        Failures entry = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (entry) {
            entry.add(now, limit);
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
    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The recent failures of one account or address, and the end of its lock if it is locked. */
    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;

        void add(Instant now, int limit) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return;
            }
            lockedUntil = null;
            Instant cutoff = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            times.addLast(now);
            if (times.size() >= limit) {
                lockedUntil = now.plus(LOCK);
                times.clear();
            }
        }

        Duration remainingLock(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean isForgettable(Instant now) {
            return remainingLock(now).isZero() && (times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW)));
        }
    }
}
