package org.peacedirectory.system;

import org.peacedirectory.account.ModeratorLogin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Public pages are open to all; every form carries a CSRF token. Moderation needs a moderator's login
 * (form login at {@code /login}, logout by POST to {@code /logout}); managing accounts needs an admin.
 * A strict content security policy: the site loads nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ModeratorLogin login) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/moderation/accounts/**").hasRole("ADMIN")
                        .requestMatchers("/moderation/**").hasRole("MODERATOR")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(ModeratorLogin.PAGE)
                        .usernameParameter(ModeratorLogin.EMAIL_PARAMETER)
                        .passwordParameter(ModeratorLogin.PASSWORD_PARAMETER)
                        .successHandler(login)
                        .failureHandler(login))
                .logout(logout -> logout.logoutSuccessUrl(ModeratorLogin.PAGE + "?logout"))
                .addFilterBefore(login.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(login.disabledAccountFilter(), AnonymousAuthenticationFilter.class)
                // Second factor: a moderator without one, while an admin requires it, can only enrol.
                .addFilterBefore(login.secondFactorRequirementFilter(), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.authenticationDetailsSource(login.detailsSource()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
