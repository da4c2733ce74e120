package org.peacedirectory.moderation;

import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.VerificationLevel;

/** What an approval does to the organisation's verification badge. */
public enum VerificationChoice {
    KEEP,
    /** The moderator checked independent sources: existence confirmed, or a confirmed profile verified again. */
    CONFIRM_EXISTENCE,
    /** Back to not yet verified (nothing to do for a profile not verified). */
    WITHDRAW;

    /** The move this choice makes on a profile at that level, or none. */
    @Nullable
    VerificationMove moveFrom(VerificationLevel level) {
        return switch (this) {
            case KEEP -> null;
            case CONFIRM_EXISTENCE ->
                level.confirmed() ? VerificationMove.REVERIFY : VerificationMove.CONFIRM_EXISTENCE;
            case WITHDRAW -> level.confirmed() ? VerificationMove.WITHDRAW : null;
        };
    }
}
