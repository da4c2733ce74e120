package org.peacedirectory.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' second factors (TOTP) and the admins' rule that every moderator must have one. The secret
 * and the last accepted time step live in the {@code account} row, so every instance refuses a code that
 * any instance has already accepted. Every change is logged in the moderation log in its transaction.
 */
@Service
public class SecondFactors {

    private final JdbcClient jdbc;
    private final ModerationLog log;
    private final Clock clock;
    private final LoginThrottle throttle;

    SecondFactors(JdbcClient jdbc, ModerationLog log, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(long accountId) {
        return enabledAt(accountId).isPresent();
    }

    /** When the account's second factor was switched on; empty if it has none. */
    @Transactional(readOnly = true)
    public Optional<Instant> enabledAt(long accountId) {
        return jdbc.sql("select totp_enabled_at from account where id = ? and totp_enabled_at is not null")
                .param(accountId)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    @Transactional(readOnly = true)
    public boolean isRequired() {
        return jdbc.sql("select second_factor_required from security_setting")
                .query(Boolean.class)
                .single();
    }

    /** True when the rule applies to this account and it has no second factor yet (one statement). */
    @Transactional(readOnly = true)
    public boolean mustEnrol(long accountId) {
        return jdbc.sql("""
                        select s.second_factor_required and a.totp_secret is null
                        from account a cross join security_setting s where a.id = ?""").param(accountId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Checks a login code and uses it up: true only if it matches the account's secret in the ±1 step window
     * and its step is later than the last accepted one. The conditional update makes the check atomic, so
     * the same code sent twice at once, to one instance or two, is accepted once.
     */
    @Transactional
    public boolean useCode(long accountId, @Nullable String code) {
        record Factor(String secret, @Nullable Long lastStep) {}
        Optional<Factor> factor = jdbc.sql(
                        "select totp_secret as secret, totp_last_step as last_step from account where id = ? "
                                + "and totp_secret is not null")
                .param(accountId)
                .query(Factor.class)
                .optional();
        if (factor.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(
                factor.get().secret(), code, clock.instant(), factor.get().lastStep());
        return step.isPresent()
                && jdbc.sql("""
                        update account set totp_last_step = :step
                        where id = :id and totp_secret is not null
                          and (totp_last_step is null or totp_last_step < :step)""")
                                .param("step", step.getAsLong())
                                .param("id", accountId)
                                .update()
                        == 1;
    }

    /**
     * A login's second factor: a code from the app, or else one of the account's unused recovery codes
     * (spent by this use, and logged).
     */
    @Transactional
    public boolean useCodeOrRecoveryCode(ModeratorPrincipal moderator, @Nullable String code) {
        if (useCode(moderator.getAccountId(), code)) {
            return true;
        }
        if (!RecoveryCodes.looksLikeOne(code)
                || jdbc.sql("""
                        update account_recovery_code set used_at = ?
                        where account_id = ? and code_hash = ? and used_at is null""")
                                .params(
                                        clock.instant().atOffset(ZoneOffset.UTC),
                                        moderator.getAccountId(),
                                        RecoveryCodes.hash(code))
                                .update()
                        != 1) {
            return false;
        }
        log.record(
                moderator.asLogActor(), ModerationAction.RECOVERY_CODE_USED, Target.account(moderator.getAccountId()));
        return true;
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    /**
     * Switches the second factor on with a secret the moderator has added to their app, once a current code
     * from it proves so. Returns the new recovery codes, to be shown once; empty (nothing changed) for a
     * wrong code or an account that already has a second factor.
     */
    @Transactional
    public Optional<List<String>> enrol(ModeratorPrincipal moderator, String secret, @Nullable String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        int changed = jdbc.sql("""
                        update account set totp_secret = ?, totp_enabled_at = ?, totp_last_step = ?
                        where id = ? and totp_secret is null""")
                .params(secret, clock.instant().atOffset(ZoneOffset.UTC), step.getAsLong(), moderator.getAccountId())
                .update();
        if (changed != 1) {
            return Optional.empty();
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        for (String recoveryCode : recoveryCodes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(moderator.getAccountId(), RecoveryCodes.hash(recoveryCode))
                    .update();
        }
        log.record(
                moderator.asLogActor(),
                ModerationAction.SECOND_FACTOR_ENABLED,
                Target.account(moderator.getAccountId()));
        return Optional.of(recoveryCodes);
    }

    /**
     * The moderator switches their own second factor off, giving a current code (or a recovery code); false
     * if it is wrong, or while the account's codes are locked by wrong ones.
     */
    @Transactional
    public boolean switchOff(ModeratorPrincipal moderator, @Nullable String code, String address) {
        // Wrong codes count against the account's codes as at login: a hijacked session cannot guess its way
        // to switching the factor off.
        if (!throttle.codesLockedFor(moderator.getUsername()).isZero()) {
            return false;
        }
        if (!useCodeOrRecoveryCode(moderator, code)) {
            throttle.recordWrongCode(moderator.getUsername(), address);
            return false;
        }
        clear(moderator.getAccountId());
        log.record(
                moderator.asLogActor(),
                ModerationAction.SECOND_FACTOR_DISABLED,
                Target.account(moderator.getAccountId()));
        return true;
    }

    /**
     * An admin's own factor cannot be removed this way: switching it off asks for a code
     * ({@link #switchOff}), and a hijacked admin session must not be able to skip that.
     */
    static class CannotRemoveOwnSecondFactorException extends RuntimeException {
        CannotRemoveOwnSecondFactorException() {
            super("An admin cannot remove their own second factor without a code");
        }
    }

    /**
     * An admin removes someone else's second factor (a lost phone); false if the account had none. Their
     * own is refused ({@link CannotRemoveOwnSecondFactorException}).
     */
    @Transactional
    public boolean remove(ModeratorPrincipal admin, long accountId) {
        requireAdmin(admin);
        if (accountId == admin.getAccountId()) {
            throw new CannotRemoveOwnSecondFactorException();
        }
        if (!clear(accountId)) {
            return false;
        }
        log.record(admin.asLogActor(), ModerationAction.SECOND_FACTOR_REMOVED, Target.account(accountId));
        return true;
    }

    /** An admin requires (or stops requiring) a second factor of every moderator; a non-change logs nothing. */
    @Transactional
    public void setRequired(ModeratorPrincipal admin, boolean required) {
        requireAdmin(admin);
        int changed = jdbc.sql(
                        "update security_setting set second_factor_required = ? " + "where second_factor_required <> ?")
                .params(required, required)
                .update();
        if (changed == 1) {
            log.record(
                    admin.asLogActor(),
                    required ? ModerationAction.SECOND_FACTOR_REQUIRED : ModerationAction.SECOND_FACTOR_MADE_OPTIONAL,
                    new Target(null, null, null, null));
        }
    }

    private boolean clear(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = ?")
                .param(accountId)
                .update();
        return jdbc.sql("update account set totp_secret = null, totp_enabled_at = null, totp_last_step = null "
                                + "where id = ? and totp_secret is not null")
                        .param(accountId)
                        .update()
                == 1;
    }

    private static void requireAdmin(ModeratorPrincipal actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins manage second factors of others");
        }
    }
}
