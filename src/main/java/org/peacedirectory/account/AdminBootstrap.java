package org.peacedirectory.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in, without any account or password in the repository. With
 * {@code DIRECTORY_ADMIN_EMAIL} and {@code DIRECTORY_ADMIN_PASSWORD} set, that admin account is created if
 * it does not exist (an existing one is left as it is). With neither set and no account at all,
 * {@value #GENERATED_EMAIL} is created with a random password that the start-up runner prints once.
 * Both creations are logged in the moderation log as done by the system.
 */
@Service
public class AdminBootstrap {

    static final String GENERATED_EMAIL = "admin@localhost";
    static final String DISPLAY_NAME = "Administrator";
    private static final int GENERATED_PASSWORD_BYTES = 15; // 120 bits, 20 base64url characters
    private static final Logger logger = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ModerationLog log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(
            Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy, ModerationLog log, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Creates the configured admin, or the generated one when nothing is configured and there is no
     * account. Returns the generated password, to be shown once; empty otherwise.
     *
     * @throws AdminSettingsRefusedException when only one setting is given, or they are not acceptable
     */
    @Transactional
    public Optional<String> ensureAdmin(@Nullable String configuredEmail, @Nullable String configuredPassword) {
        String email = configuredEmail == null || configuredEmail.isBlank() ? null : configuredEmail.strip();
        String password = configuredPassword == null || configuredPassword.isEmpty() ? null : configuredPassword;
        if (email != null || password != null) {
            createConfiguredAdmin(email, password);
            return Optional.empty();
        }
        return createGeneratedAdminIfNone(accounts.count());
    }

    /** The "no account at all" rule, with the count passed in so that tests can try it on a shared database. */
    @Transactional
    Optional<String> createGeneratedAdminIfNone(long existingAccounts) {
        if (existingAccounts > 0) {
            return Optional.empty();
        }
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        create(GENERATED_EMAIL, password);
        return Optional.of(password);
    }

    private void createConfiguredAdmin(@Nullable String email, @Nullable String password) {
        if (email == null || password == null) {
            throw new AdminSettingsRefusedException("Set both DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD "
                    + "(directory.admin.email and directory.admin.password), or neither: only "
                    + (email == null ? "the password" : "the email") + " is set.");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254) {
            throw new AdminSettingsRefusedException(
                    "DIRECTORY_ADMIN_EMAIL (directory.admin.email) is not an email " + "address: '" + email + "'.");
        }
        if (accounts.findByEmailIgnoreCase(email).isPresent()) {
            logger.info(
                    "The admin account {} from DIRECTORY_ADMIN_EMAIL exists; it is left as it is "
                            + "(DIRECTORY_ADMIN_PASSWORD only sets the password of a new account).",
                    email);
            return;
        }
        String problem = policy.check(password);
        if (problem != null) {
            throw new AdminSettingsRefusedException("DIRECTORY_ADMIN_PASSWORD (directory.admin.password) is refused: "
                    + describe(problem) + " Choose another one; no account was created.");
        }
        create(email, password);
        logger.info("Created the admin account {} from DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD.", email);
    }

    private void create(String email, String password) {
        Account admin = accounts.save(new Account(
                email,
                DISPLAY_NAME,
                Objects.requireNonNull(passwordEncoder.encode(password), "a password has a hash"),
                Role.ADMIN,
                clock.instant()));
        log.recordBySystem(ModerationAction.ACCOUNT_CREATED, Target.account(admin.getId()));
    }

    private static String describe(String problem) {
        return switch (problem) {
            case PasswordPolicy.TOO_SHORT -> "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters.";
            case PasswordPolicy.TOO_LONG -> "it has more than " + PasswordPolicy.MAX_LENGTH + " characters.";
            case PasswordPolicy.COMMON -> "it is in the list of common passwords.";
            default -> problem + ".";
        };
    }

    /** The admin settings cannot be used; the application refuses to start with this message. */
    public static class AdminSettingsRefusedException extends RuntimeException {
        AdminSettingsRefusedException(String message) {
            super(message);
        }
    }
}
