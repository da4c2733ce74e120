package org.peacedirectory.account;

import org.peacedirectory.system.CsrfCookies;
import org.peacedirectory.system.UndecodableCsrfTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages are open to all; every form carries a CSRF token (kept in a cookie, {@link CsrfCookies}).
 * Moderation needs a moderator's login (form login at {@code /login}, logout by POST to {@code /logout});
 * managing accounts needs an admin. Only a login makes an HTTP session (kept in PostgreSQL). A strict
 * content security policy: the site loads nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ModeratorLogin login, ModerationSessionFilters sessionFilters, CsrfCookies csrfTokens)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/moderation/accounts/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/moderation/**")
                        .hasRole("MODERATOR")
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(ModeratorLogin.PAGE)
                        .usernameParameter(ModeratorLogin.EMAIL_PARAMETER)
                        .passwordParameter(ModeratorLogin.PASSWORD_PARAMETER)
                        .successHandler(login)
                        .failureHandler(login))
                .logout(logout -> logout.logoutSuccessUrl(ModeratorLogin.PAGE + "?logout"))
                .addFilterBefore(login.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(sessionFilters.disabledAccountFilter(), AnonymousAuthenticationFilter.class)
                // Second factor: a moderator without one, while an admin requires it, can only enrol.
                .addFilterBefore(sessionFilters.secondFactorRequirementFilter(), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.authenticationDetailsSource(login.detailsSource()))
                // No HTTP session for anyone who has not logged in: the token in a cookie, the page that asked for
                // the login in another (sessions live in PostgreSQL, and readers open forms all the time).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(login.requestCache()))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        harden(http);
        return http.build();
    }

    // Hardening (issue 11): malformed CSRF tokens, Referrer-Policy and Permissions-Policy.

    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /**
     * Everything a page could ask the browser for is off, but passkeys (WebAuthn) for moderators, which
     * stay allowed for this site itself.
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
            + "display-capture=(), encrypted-media=(), fullscreen=(), gamepad=(), geolocation=(), gyroscope=(), "
            + "hid=(), idle-detection=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "picture-in-picture=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
            + "browsing-topics=(), publickey-credentials-create=(self), publickey-credentials-get=(self)";

    /**
     * A tampered CSRF token is a 403, never a 500; other sites learn at most the origin a reader came
     * from; browser features the site does not use are switched off.
     */
    private static void harden(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(new UndecodableCsrfTokens()))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }
}
