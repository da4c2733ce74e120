package org.peacedirectory.moderation;

import java.time.Instant;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.organisation.Organisation;

/**
 * What a moderator can do to a profile's verification, each with the organisation's guarded move it makes
 * and the line it leaves in the log. The first three are offered on a profile's history page.
 */
enum VerificationMove {
    CONFIRM_EXISTENCE(ModerationAction.ORGANISATION_VERIFIED) {
        @Override
        void apply(Organisation organisation, long moderatorId, Instant now) {
            organisation.confirmExistence(moderatorId, now);
        }
    },
    REVERIFY(ModerationAction.ORGANISATION_REVERIFIED) {
        @Override
        void apply(Organisation organisation, long moderatorId, Instant now) {
            organisation.reverify(moderatorId, now);
        }
    },
    WITHDRAW(ModerationAction.ORGANISATION_UNVERIFIED) {
        @Override
        void apply(Organisation organisation, long moderatorId, Instant now) {
            organisation.withdrawVerification();
        }
    },
    /** When a claim is accepted (the claim flow): not offered on the history page. */
    CONFIRM_BY_ORGANISATION(ModerationAction.ORGANISATION_CONFIRMED_BY_ORGANISATION) {
        @Override
        void apply(Organisation organisation, long moderatorId, Instant now) {
            organisation.confirmByOrganisation(moderatorId, now);
        }
    };

    final ModerationAction action;

    VerificationMove(ModerationAction action) {
        this.action = action;
    }

    /** Makes the move on the organisation; throws IllegalVerificationTransitionException if its level forbids it. */
    abstract void apply(Organisation organisation, long moderatorId, Instant now);

    /** Whether a moderator may ask for it from a profile's history page. */
    boolean onHistoryPage() {
        return this != CONFIRM_BY_ORGANISATION;
    }
}
