package org.peacedirectory.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The moderators' last decision on a submission: who took it, when, why (a rejection's reason) and what
 * they told the submitter (why it was rejected, or what to change).
 */
@Embeddable
public record Decision(
        @Column(name = "decided_by") @Nullable Long moderatorId,
        @Column(name = "decided_at") @Nullable Instant at,

        @Enumerated(EnumType.STRING) @Column(name = "decision_reason") @Nullable
        DecisionReason reason,

        @Column(name = "decision_message") @Nullable String message) {

    /** No decision yet. */
    public static final Decision NONE = new Decision(null, null, null, null);
}
