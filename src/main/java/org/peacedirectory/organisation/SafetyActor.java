package org.peacedirectory.organisation;

import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationLog;

/**
 * Who changes a profile's safety settings, as the moderation log names them: a moderator (whose change to
 * show something again is itself the moderation), or the organisation that claimed the profile (whose
 * request to show something again waits for a moderator).
 */
public record SafetyActor(@Nullable Long accountId, String name, boolean moderator) {

    public static SafetyActor moderator(ModerationLog.Actor moderator) {
        return new SafetyActor(moderator.id(), moderator.displayName(), true);
    }

    /** The organisation's person who claimed the profile (their account's id when they have one). */
    public static SafetyActor organisation(@Nullable Long accountId, String name) {
        return new SafetyActor(accountId, name, false);
    }
}
