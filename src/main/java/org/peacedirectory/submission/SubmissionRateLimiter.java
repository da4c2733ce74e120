package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many submissions, and so many logo uploads, an hour from one address, counted over the last
 * hour. Kept in memory: it only has to slow down a flood, and a restart forgetting it is harmless.
 * Logo uploads have their own count because a form that comes back with errors keeps its logo: without it,
 * a robot sending forms with a mistake in them could store logos without ever submitting.
 */
@Component
class SubmissionRateLimiter {

    private final HourlyCounts submissions;
    private final HourlyCounts logoUploads;

    SubmissionRateLimiter(
            Clock clock,
            @Value("${directory.submissions.per-ip-per-hour}") int perHour,
            @Value("${directory.submissions.logo-uploads-per-ip-per-hour}") int logoUploadsPerHour) {
        this.submissions = new HourlyCounts(clock, perHour);
        this.logoUploads = new HourlyCounts(clock, logoUploadsPerHour);
    }

    /** How long this address must wait before submitting again, or zero when it may go ahead. */
    Duration waitFor(String addressHash) {
        return submissions.waitFor(addressHash);
    }

    void recordSubmission(String addressHash) {
        submissions.record(addressHash);
    }

    /** How long this address must wait before a logo it sends is processed again, or zero. */
    Duration waitForLogoUpload(String addressHash) {
        return logoUploads.waitFor(addressHash);
    }

    void recordLogoUpload(String addressHash) {
        logoUploads.record(addressHash);
    }

    /** Forgets everyone: for tests that share one application. */
    void clear() {
        submissions.clear();
        logoUploads.clear();
    }
}
