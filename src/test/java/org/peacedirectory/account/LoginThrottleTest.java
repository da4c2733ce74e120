package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.system.AppSecrets;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;

/** The throttle's rules, counted in the test database as the app counts them, with a clock the test moves. */
@DirectoryTest
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;

    @Autowired
    DataSource dataSource;

    @Autowired
    AppSecrets secrets;

    @BeforeEach
    void throttleOnTheMovableClock() {
        throttle = new LoginThrottle(new RateLimits(dataSource, clock, secrets));
        throttle.clear();
    }

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    void locksAnAccountForFifteenMinutesAfterFiveFailures() {
        fail("ana@example.org", "10.0.0.1", 4);
        assertThat(throttle.lockedFor("ana@example.org", "10.0.0.1")).isZero();

        fail("ANA@example.org ", "10.0.0.2", 1);

        assertThat(throttle.lockedFor("ana@example.org", "10.0.0.3")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("someone.else@example.org", "10.0.0.1")).isZero();
        clock.move(Duration.ofMinutes(14));
        assertThat(ModeratorLogin.minutes(throttle.lockedFor("ana@example.org", "10.0.0.3")))
                .isEqualTo(1);
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("ana@example.org", "10.0.0.3")).isZero();
    }

    @Test
    void aLockLastsFifteenMinutesFromTheFailureThatSetItEvenAtTheEndOfAPeriod() {
        fail("amy@example.org", "10.0.0.1", 4);
        clock.move(Duration.ofMinutes(14));

        fail("amy@example.org", "10.0.0.1", 1);

        assertThat(throttle.lockedForAccount("amy@example.org")).isEqualTo(Duration.ofMinutes(15));
        clock.move(Duration.ofMinutes(14));
        assertThat(throttle.lockedForAccount("amy@example.org")).isEqualTo(Duration.ofMinutes(1));
        fail("amy@example.org", "10.0.0.1", 3); // during the lock, in the count's next period: not counted
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.lockedForAccount("amy@example.org")).isZero();
        fail("amy@example.org", "10.0.0.1", 4);
        assertThat(throttle.lockedForAccount("amy@example.org"))
                .as("the count starts again after the lock")
                .isZero();
    }

    @Test
    void tellsTheAccountLockFromTheAddressLock() {
        fail("eve@example.org", "10.0.0.1", 5);

        assertThat(throttle.lockedForAccount("Eve@example.org")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedForAddress("10.0.0.1")).isZero();

        for (int i = 0; i < 20; i++) {
            fail("guess" + i + "@example.org", "10.0.0.7", 1);
        }
        assertThat(throttle.lockedForAddress("10.0.0.7")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedForAccount("fay@example.org")).isZero();
    }

    @Test
    void forgetsFailuresOlderThanFifteenMinutes() {
        fail("ben@example.org", "10.0.0.1", 4);
        clock.move(Duration.ofMinutes(16));

        fail("ben@example.org", "10.0.0.1", 4);

        assertThat(throttle.lockedFor("ben@example.org", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail("cleo@example.org", "10.0.0.1", 4);

        throttle.recordSuccess("Cleo@Example.org");
        fail("cleo@example.org", "10.0.0.1", 4);

        assertThat(throttle.lockedFor("cleo@example.org", "10.0.0.1")).isZero();
    }

    @Test
    void locksAnAddressAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            fail("guess" + i + "@example.org", "10.0.0.9", 1);
        }
        assertThat(throttle.lockedFor("dan@example.org", "10.0.0.9")).isZero();

        fail("guess19@example.org", "10.0.0.9", 1);

        assertThat(throttle.lockedFor("dan@example.org", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("dan@example.org", "10.0.0.10")).isZero();
    }

    @Test
    void doesNotExtendALockWithAttemptsMadeDuringIt() {
        fail("eve@example.org", "10.0.0.1", 5);
        clock.move(Duration.ofMinutes(10));

        fail("eve@example.org", "10.0.0.1", 3);

        assertThat(throttle.lockedFor("eve@example.org", "10.0.0.1")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void locksTheCodesOfAnAccountForAnHourAfterTenWrongCodesFromAnyAddresses() {
        for (int i = 1; i <= 9; i++) {
            throttle.recordWrongCode("gil@example.org", "10.0.1." + i);
        }
        assertThat(throttle.codesLockedFor("gil@example.org")).isZero();

        throttle.recordWrongCode("Gil@Example.org", "10.0.1.10");

        assertThat(throttle.codesLockedFor("gil@example.org")).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.lockedForAccount("gil@example.org"))
                .as("not a password lock")
                .isZero();
        assertThat(throttle.lockedForAddress("10.0.1.10")).isZero();
        assertThat(throttle.codesLockedFor("hal@example.org")).isZero();
        clock.move(Duration.ofMinutes(59));
        assertThat(throttle.codesLockedFor("gil@example.org")).isEqualTo(Duration.ofMinutes(1));
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.codesLockedFor("gil@example.org")).isZero();
    }

    @Test
    void countsWrongCodesAgainstTheAddressToo() {
        for (int i = 0; i < 20; i++) {
            throttle.recordWrongCode("user" + i + "@example.org", "10.0.2.1");
        }

        assertThat(throttle.lockedForAddress("10.0.2.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void keepsWrongCodesAfterASuccessfulLogin() {
        for (int i = 0; i < 9; i++) {
            throttle.recordWrongCode("ida@example.org", "10.0.3.1");
        }

        throttle.recordSuccess("ida@example.org");
        throttle.recordWrongCode("ida@example.org", "10.0.3.2");

        assertThat(throttle.codesLockedFor("ida@example.org")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void forgetsWrongCodesOlderThanAnHour() {
        for (int i = 0; i < 9; i++) {
            throttle.recordWrongCode("jo@example.org", "10.0.4.1");
        }
        clock.move(Duration.ofMinutes(59));
        throttle.recordWrongCode("jo@example.org", "10.0.4.1");
        assertThat(throttle.codesLockedFor("jo@example.org"))
                .as("ten within the hour")
                .isPositive();

        throttle.clear();
        for (int i = 0; i < 9; i++) {
            throttle.recordWrongCode("jo@example.org", "10.0.4.1");
        }
        clock.move(Duration.ofMinutes(61));
        throttle.recordWrongCode("jo@example.org", "10.0.4.1");
        assertThat(throttle.codesLockedFor("jo@example.org")).isZero();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
