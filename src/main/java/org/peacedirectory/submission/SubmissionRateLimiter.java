package org.peacedirectory.submission;

import java.time.Duration;
import org.peacedirectory.system.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many submissions, and so many logo uploads, an hour from one address (its hash), counted in
 * PostgreSQL ({@link RateLimits}) so that every instance sees the same counts, by this rule: they are
 * counted in hour-long periods that begin with the address's first one, and the one that reaches the
 * limit (the fifth submission, by default) closes the form to that address for an hour from that moment;
 * then the count starts again. So the sixth submission within an hour of the first, or of a quick series,
 * is refused; an address that stays under the limit in each period can send up to 9 in a short span across
 * the end of a period. Logo uploads have their own count because a form that comes back with errors keeps
 * its logo: without it, a robot sending forms with a mistake in them could store logos without ever
 * submitting.
 */
@Component
class SubmissionRateLimiter {

    private static final Duration PERIOD = Duration.ofHours(1);

    private final RateLimits.Limit submissions;
    private final RateLimits.Limit logoUploads;

    SubmissionRateLimiter(
            RateLimits limits,
            @Value("${directory.submissions.per-ip-per-hour}") int perHour,
            @Value("${directory.submissions.logo-uploads-per-ip-per-hour}") int logoUploadsPerHour) {
        this.submissions = limits.limit("submissions", perHour, PERIOD);
        this.logoUploads = limits.limit("logo-uploads", logoUploadsPerHour, PERIOD);
    }

    /** How long this address must wait before submitting again (whole seconds), or zero when it may go ahead. */
    Duration waitFor(String addressHash) {
        return inWholeSeconds(submissions.lockedFor(addressHash));
    }

    void recordSubmission(String addressHash) {
        submissions.record(addressHash);
    }

    /** How long this address must wait before a logo it sends is processed again, or zero. */
    Duration waitForLogoUpload(String addressHash) {
        return inWholeSeconds(logoUploads.lockedFor(addressHash));
    }

    void recordLogoUpload(String addressHash) {
        logoUploads.record(addressHash);
    }

    /** Forgets everyone: for tests that share one database. */
    void clear() {
        submissions.forgetAll();
        logoUploads.forgetAll();
    }

    /** Rounded up, so that a {@code Retry-After} in seconds never asks to come back too early. */
    private static Duration inWholeSeconds(Duration wait) {
        Duration seconds = Duration.ofSeconds(wait.toSeconds());
        return seconds.equals(wait) ? wait : seconds.plusSeconds(1);
    }
}
