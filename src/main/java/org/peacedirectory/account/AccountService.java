package org.peacedirectory.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an account, each logged in the moderation log in the same transaction. Admins create,
 * disable, enable and reset; every moderator changes their own password.
 */
@Service
public class AccountService {

    /** One line of the admins' account list. */
    public record AccountRow(
            long id, String email, String displayName, Role role, boolean enabled, boolean you, boolean secondFactor) {}

    /** An admin tried to disable their own account, which would leave them locked out. */
    static class CannotDisableSelfException extends RuntimeException {
        CannotDisableSelfException() {
            super("An admin cannot disable their own account");
        }
    }

    /** Another account already has this email address, whatever its case. */
    static class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("An account with this email address exists");
        }
    }

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ModerationLog log;
    private final Clock clock;

    AccountService(
            Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy, ModerationLog log, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountRow> list(ModeratorPrincipal admin) {
        requireAdmin(admin);
        return accounts.findAllOrderedByName().stream()
                .map(account -> new AccountRow(
                        account.getId(),
                        account.getEmail(),
                        account.getDisplayName(),
                        account.getRole(),
                        account.isEnabled(),
                        account.getId() == admin.getAccountId(),
                        account.hasSecondFactor()))
                .toList();
    }

    @Transactional(readOnly = true)
    public String displayNameOf(ModeratorPrincipal admin, long id) {
        requireAdmin(admin);
        return find(id).getDisplayName();
    }

    /** Creates an enabled account; the password must pass the policy (the form checks it first). */
    @Transactional
    public long create(ModeratorPrincipal admin, String email, String displayName, Role role, String password) {
        requireAdmin(admin);
        if (accounts.findByEmailIgnoreCase(email).isPresent()) {
            throw new EmailTakenException();
        }
        Account account = accounts.save(new Account(email, displayName, hash(password), role, clock.instant()));
        log.record(admin.asLogActor(), ModerationAction.ACCOUNT_CREATED, Target.account(account.getId()));
        return account.getId();
    }

    /** Returns the display name; disabling a disabled account changes and logs nothing. */
    @Transactional
    public String disable(ModeratorPrincipal admin, long id) {
        requireAdmin(admin);
        if (id == admin.getAccountId()) {
            throw new CannotDisableSelfException();
        }
        Account account = find(id);
        if (account.isEnabled()) {
            account.disable();
            log.record(admin.asLogActor(), ModerationAction.ACCOUNT_DISABLED, Target.account(id));
        }
        return account.getDisplayName();
    }

    /** Returns the display name; enabling an enabled account changes and logs nothing. */
    @Transactional
    public String enable(ModeratorPrincipal admin, long id) {
        requireAdmin(admin);
        Account account = find(id);
        if (!account.isEnabled()) {
            account.enable();
            log.record(admin.asLogActor(), ModerationAction.ACCOUNT_ENABLED, Target.account(id));
        }
        return account.getDisplayName();
    }

    /** An admin sets someone's password (to be passed on in person). Returns the display name. */
    @Transactional
    public String resetPassword(ModeratorPrincipal admin, long id, String newPassword) {
        requireAdmin(admin);
        Account account = find(id);
        account.changePasswordHash(hash(newPassword), clock.instant());
        log.record(admin.asLogActor(), ModerationAction.PASSWORD_RESET, Target.account(id));
        return account.getDisplayName();
    }

    /** A moderator changes their own password; false (and nothing changed) if the current one is wrong. */
    @Transactional
    public boolean changeOwnPassword(
            ModeratorPrincipal moderator, @Nullable String currentPassword, String newPassword) {
        Account account = find(moderator.getAccountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return false;
        }
        account.changePasswordHash(hash(newPassword), clock.instant());
        log.record(moderator.asLogActor(), ModerationAction.PASSWORD_CHANGED, Target.account(account.getId()));
        return true;
    }

    private String hash(String password) {
        String problem = policy.check(password);
        if (problem != null) {
            throw new IllegalArgumentException("The password is refused: " + problem);
        }
        return Objects.requireNonNull(passwordEncoder.encode(password), "a password has a hash");
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    /** The URL rules already keep moderators out; this keeps the service safe if it is called elsewhere. */
    private static void requireAdmin(ModeratorPrincipal actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins manage accounts");
        }
    }
}
