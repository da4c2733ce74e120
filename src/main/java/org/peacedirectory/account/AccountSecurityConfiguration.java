package org.peacedirectory.account;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are hashed with Argon2id; logins are checked against the {@code account} table. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    /** Argon2id, 16 MB, 2 iterations; unlike BCrypt it uses every byte of a long password. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * The one way to log in. A disabled account is refused only after its password has been checked,
     * so that it answers as slowly as any other account and the same "wrong" message is shown; an unknown
     * email is checked against a dummy hash for the same reason (Spring Security does this itself). An
     * account with a second factor also needs a code.
     */
    @Bean
    AuthenticationProvider moderatorAuthenticationProvider(
            Accounts accounts, PasswordEncoder passwordEncoder, SecondFactors secondFactors, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new ModeratorDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new SecondFactorAuthenticationProvider(provider, secondFactors, throttle);
    }

    /**
     * The one-time tokens of the organisations' sign-in links, in PostgreSQL (V22) so that every instance
     * knows them; expired ones are deleted every hour (Spring Security's own schedule).
     */
    @Bean
    JdbcOneTimeTokenService oneTimeTokenService(DataSource dataSource) {
        return new JdbcOneTimeTokenService(new JdbcTemplate(dataSource));
    }
}
