package org.peacedirectory.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.VerificationLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a verification move on a profile inside the caller's transaction: the organisation's guarded move,
 * its save (which announces the change: the badge is shown and filtered on) and the log line, whose reason
 * says what the verification was before ("from EXISTENCE_CONFIRMED of 2024-03-18 to ...").
 */
@Component
class VerificationMoves {

    private final Organisations organisations;
    private final ModerationLog log;
    private final Clock clock;

    VerificationMoves(Organisations organisations, ModerationLog log, Clock clock) {
        this.organisations = organisations;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void make(Organisation organisation, VerificationMove move, ModeratorPrincipal moderator, Target target) {
        String before = describe(organisation.getVerificationLevel(), organisation.getVerifiedAt());
        move.apply(organisation, moderator.getAccountId(), clock.instant());
        organisations.saveAndFlush(organisation);
        log.record(
                moderator.asLogActor(),
                move.action,
                target.because("from " + before + " to "
                        + describe(organisation.getVerificationLevel(), organisation.getVerifiedAt())));
    }

    private static String describe(VerificationLevel level, @Nullable Instant verifiedAt) {
        return verifiedAt == null
                ? level.name()
                : level.name() + " of " + LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC);
    }
}
