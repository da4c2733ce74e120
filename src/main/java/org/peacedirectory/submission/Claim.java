package org.peacedirectory.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The moderator working on a submission, so that others see it is taken, and since when. */
@Embeddable
record Claim(
        @Column(name = "claimed_by") Long moderatorId,
        @Column(name = "claimed_at") Instant at) {}
