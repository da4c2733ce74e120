package org.peacedirectory.moderationlog;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the moderation log, always inside the transaction of the action it records, so that an
 * action and its log line are committed together or not at all. Its own module, used by accounts,
 * moderation and search alike, so that none of them needs another's classes to leave a trace.
 */
@Component
public class ModerationLog {

    /**
     * Who did it, as the log keeps it: the account's id and the name shown then (the account may be
     * renamed later, the line stays as it was).
     */
    public record Actor(long id, String displayName) {}

    /** What an action was done to, and why. */
    public record Target(
            @Nullable Long submissionId,
            @Nullable Long organisationId,
            @Nullable Long accountId,
            @Nullable String reason) {

        public static Target submission(long id) {
            return new Target(id, null, null, null);
        }

        public static Target organisation(long id) {
            return new Target(null, id, null, null);
        }

        public static Target account(long id) {
            return new Target(null, null, id, null);
        }

        public Target withOrganisation(Long id) {
            return new Target(submissionId, id, accountId, reason);
        }

        public Target because(String why) {
            return new Target(submissionId, organisationId, accountId, why);
        }
    }

    private final ModerationLogEntries entries;
    private final Clock clock;

    ModerationLog(ModerationLogEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, ModerationAction action, Target target) {
        write(actor.id(), actor.displayName(), action, target);
    }

    /** What the submitter did through their tracking link, such as sending a corrected proposal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySubmitter(ModerationAction action, Target target) {
        write(null, "submitter", action, target);
    }

    /**
     * What someone who is not a moderator did on a profile, such as an organisation that claimed it hiding its
     * phone number (its account's id when it has one, and the name shown then).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(@Nullable Long actorId, String actorName, ModerationAction action, Target target) {
        write(actorId, actorName, action, target);
    }

    /** An action the application takes by itself, such as creating the first admin account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(ModerationAction action, Target target) {
        write(null, "system", action, target);
    }

    private void write(@Nullable Long actorId, String actorName, ModerationAction action, Target target) {
        entries.save(new ModerationLogEntry(
                clock.instant(),
                actorId,
                actorName,
                action,
                target.submissionId(),
                target.organisationId(),
                target.accountId(),
                target.reason()));
    }
}
