package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When a verification grows old, by the clock the policy is given (the app's, which tests may move). */
class VerificationPolicyTest {

    private static final Instant VERIFIED = Instant.parse("2024-03-18T10:00:00Z");

    @Test
    void aVerificationIsOldFromTheSameMomentTwentyFourMonthsLater() {
        assertThat(policyAt("2026-03-18T09:59:59Z").isOld(VerificationLevel.EXISTENCE_CONFIRMED, VERIFIED))
                .isFalse();
        assertThat(policyAt("2026-03-18T10:00:00Z").isOld(VerificationLevel.EXISTENCE_CONFIRMED, VERIFIED))
                .isTrue();
        assertThat(policyAt("2026-04-18T10:00:00Z").isOld(VerificationLevel.CONFIRMED_BY_ORGANISATION, VERIFIED))
                .isTrue();
        assertThat(policyAt("2026-03-18T10:00:00Z").validUntilDay(VERIFIED)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(policyAt("2026-03-18T10:00:00Z").oldBefore()).isEqualTo(VERIFIED);
    }

    @Test
    void aProfileNotYetVerifiedIsNeverOld() {
        assertThat(policyAt("2040-01-01T00:00:00Z").isOld(VerificationLevel.NOT_YET_VERIFIED, null))
                .isFalse();
    }

    @Test
    void takesAnyPositivePeriodAndSaysItInMonthsWhenItCan() {
        VerificationPolicy days = new VerificationPolicy(Period.ofDays(400), clock("2025-04-22T10:00:00Z"));
        assertThat(days.isOld(VerificationLevel.EXISTENCE_CONFIRMED, VERIFIED)).isTrue();
        assertThat(days.validForMonths()).isNull();
        assertThat(new VerificationPolicy(Period.ofYears(2), clock("2025-01-01T00:00:00Z")).validForMonths())
                .isEqualTo(24);
        assertThatThrownBy(() -> new VerificationPolicy(Period.ZERO, clock("2025-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerificationPolicy(Period.ofMonths(-1), clock("2025-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static VerificationPolicy policyAt(String now) {
        return new VerificationPolicy(Period.ofMonths(24), clock(now));
    }

    private static Clock clock(String now) {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }
}
