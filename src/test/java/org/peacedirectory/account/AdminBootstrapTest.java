package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin account, created at start-up without any password in the repository. Each case runs in
 * a transaction that is rolled back, so the shared database keeps no trace of it.
 */
@DirectoryTest
class AdminBootstrapTest {

    private static final String STRONG = "lantern meadow copper 58";

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheConfiguredAdminOnceAndLogsItAsTheSystem() {
        String email = "configured-" + UUID.randomUUID() + "@example.org";
        rolledBack(status -> {
            assertThat(bootstrap.ensureAdmin(email, STRONG)).isEmpty();
            assertThat(bootstrap.ensureAdmin(email.toUpperCase(), "another strong one 77"))
                    .isEmpty();

            Account admin = accounts.findByEmailIgnoreCase(email).orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.isEnabled()).isTrue();
            assertThat(passwordEncoder.matches(STRONG, admin.getPasswordHash())).isTrue();
            assertThat(countWithEmail(email)).isEqualTo(1);
            assertThat(jdbc.sql("select actor_name || ' ' || action || ' ' || coalesce(actor_id::text, '-') "
                                    + "from moderation_log where account_id = ?")
                            .param(admin.getId())
                            .query(String.class)
                            .list())
                    .containsExactly("system ACCOUNT_CREATED -");
        });
    }

    @Test
    void refusesToStartWithAConfiguredPasswordThePolicyRefuses() {
        String email = "weak-" + UUID.randomUUID() + "@example.org";
        rolledBack(status -> {
            assertThatThrownBy(() -> bootstrap.ensureAdmin(email, "short"))
                    .isInstanceOf(AdminBootstrap.AdminSettingsRefusedException.class)
                    .hasMessageContaining("DIRECTORY_ADMIN_PASSWORD")
                    .hasMessageContaining("fewer than 12 characters")
                    .hasMessageNotContaining("short");
            assertThatThrownBy(() -> bootstrap.ensureAdmin(email, "Password1234"))
                    .hasMessageContaining("common passwords");
            assertThat(countWithEmail(email)).isZero();
        });
    }

    @Test
    void refusesToStartWithOnlyOneOfTheTwoSettings() {
        rolledBack(status -> {
            assertThatThrownBy(() -> bootstrap.ensureAdmin("only-email@example.org", ""))
                    .isInstanceOf(AdminBootstrap.AdminSettingsRefusedException.class)
                    .hasMessageContaining("Set both DIRECTORY_ADMIN_EMAIL and DIRECTORY_ADMIN_PASSWORD");
            assertThatThrownBy(() -> bootstrap.ensureAdmin(null, STRONG))
                    .isInstanceOf(AdminBootstrap.AdminSettingsRefusedException.class);
            assertThatThrownBy(() -> bootstrap.ensureAdmin("not-an-address", STRONG))
                    .isInstanceOf(AdminBootstrap.AdminSettingsRefusedException.class)
                    .hasMessageContaining("not an email address");
        });
    }

    /**
     * The shared test database already has accounts (the test context's own start-up may have made
     * admin@localhost), so the "no account at all" rule is given the count, and the existing
     * admin@localhost is renamed inside the rolled-back transaction.
     */
    @Test
    void createsAGeneratedAdminWithARandomPasswordOnlyWhenThereIsNoAccount() {
        rolledBack(status -> {
            jdbc.sql("update account set email = 'renamed-' || id || '@localhost' where lower(email) = ?")
                    .param(AdminBootstrap.GENERATED_EMAIL)
                    .update();

            assertThat(bootstrap.createGeneratedAdminIfNone(3)).isEmpty();
            assertThat(countWithEmail(AdminBootstrap.GENERATED_EMAIL)).isZero();

            Optional<String> password = bootstrap.createGeneratedAdminIfNone(0);

            assertThat(password)
                    .hasValueSatisfying(
                            generated -> assertThat(generated).hasSize(20).matches("[A-Za-z0-9_-]{20}"));
            Account admin = accounts.findByEmailIgnoreCase(AdminBootstrap.GENERATED_EMAIL)
                    .orElseThrow();
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.getDisplayName()).isEqualTo("Administrator");
            assertThat(passwordEncoder.matches(password.orElseThrow(), admin.getPasswordHash()))
                    .isTrue();
            assertThat(jdbc.sql("select action from moderation_log where account_id = ? and actor_id is null")
                            .param(admin.getId())
                            .query(String.class)
                            .list())
                    .containsExactly("ACCOUNT_CREATED");
        });
    }

    @Test
    void generatesADifferentPasswordEachTime() {
        rolledBack(status -> {
            jdbc.sql("update account set email = 'renamed-' || id || '@localhost' where lower(email) = ?")
                    .param(AdminBootstrap.GENERATED_EMAIL)
                    .update();
            String first = bootstrap.createGeneratedAdminIfNone(0).orElseThrow();
            jdbc.sql("update account set email = 'renamed-' || id || '@localhost' where lower(email) = ?")
                    .param(AdminBootstrap.GENERATED_EMAIL)
                    .update();
            String second = bootstrap.createGeneratedAdminIfNone(0).orElseThrow();

            assertThat(first).isNotEqualTo(second);
        });
    }

    private void rolledBack(Consumer<org.springframework.transaction.TransactionStatus> work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.accept(status);
        });
    }

    private int countWithEmail(String email) {
        return jdbc.sql("select count(*) from account where lower(email) = lower(?)")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
