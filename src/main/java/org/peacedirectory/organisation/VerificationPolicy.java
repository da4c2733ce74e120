package org.peacedirectory.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a verification stays current: {@code directory.verification.valid-for} (an ISO 8601 period,
 * {@code P24M} by default) from the day it was given, by the app's clock. After that the badge says the
 * verification is old, and the profile is on the moderators' "to re-check" list until someone verifies it
 * again. Days and months are counted in UTC, like every date the directory shows.
 */
@Component
public class VerificationPolicy {

    private final Period validFor;
    private final Clock clock;

    VerificationPolicy(@Value("${directory.verification.valid-for:P24M}") Period validFor, Clock clock) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("directory.verification.valid-for must be a positive period");
        }
        this.validFor = validFor;
        this.clock = clock;
    }

    public Period validFor() {
        return validFor;
    }

    /** The period in months when it is a whole number of them (P24M, P2Y), for pages to say; else null. */
    public @Nullable Long validForMonths() {
        return validFor.getDays() == 0 ? validFor.toTotalMonths() : null;
    }

    /** The first moment at which a verification given then is old. */
    public Instant validUntil(Instant verifiedAt) {
        return verifiedAt.atOffset(ZoneOffset.UTC).plus(validFor).toInstant();
    }

    /** The day from which a verification given then counts as old. */
    public LocalDate validUntilDay(Instant verifiedAt) {
        return LocalDate.ofInstant(validUntil(verifiedAt), ZoneOffset.UTC);
    }

    /** Verifications given before this moment are old now. */
    public Instant oldBefore() {
        return clock.instant().atOffset(ZoneOffset.UTC).minus(validFor).toInstant();
    }

    /** Whether a profile at this level, verified then, is to be checked again now. */
    public boolean isOld(VerificationLevel level, @Nullable Instant verifiedAt) {
        return level.confirmed()
                && verifiedAt != null
                && !validUntil(verifiedAt).isAfter(clock.instant());
    }
}
