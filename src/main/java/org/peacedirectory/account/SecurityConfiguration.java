package org.peacedirectory.account;

import org.peacedirectory.system.CsrfCookies;
import org.peacedirectory.system.UndecodableCsrfTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Public pages are open to all; every form carries a CSRF token (kept in a cookie, {@link CsrfCookies}).
 * Moderation needs a moderator's login (form login at {@code /login}, logout by POST to {@code /logout});
 * managing accounts needs an admin. Organisations that manage their profile sign in by a mailed link
 * ({@link OrganisationSignIn}) as another kind of principal ({@link OrganisationPrincipal}), which reaches
 * their own pages under {@code /my-organisation} and never moderation. Only a login makes an HTTP session
 * (kept in PostgreSQL). A strict content security policy: the site loads nothing from elsewhere (the API's
 * page allows one style element more).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The open data API's page is Swagger UI, served from its jar under this address (springdoc); its script
     * and styles are files, but it draws its logo as an SVG holding a {@code <style>} element.
     */
    static final String API_PAGE = "/api/v1/swagger-ui/**";

    /**
     * The hash of that {@code <style>} element's text in the Swagger UI that springdoc brings (5.32). When an
     * upgrade changes it, ApiPageBrowserTest fails with the browser's refusal, which names the new hash.
     */
    static final String API_PAGE_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

    /** The same policy for the API's page, but that one style element. */
    static final String API_PAGE_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' " + API_PAGE_STYLE + ";");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ModeratorLogin login,
            ModerationSessionFilters sessionFilters,
            CsrfCookies csrfTokens,
            OrganisationSignIn organisations)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/moderation/accounts/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/moderation/**")
                        .hasRole("MODERATOR")
                        .requestMatchers(OrganisationSignIn.SIGN_IN_PAGE + "/**")
                        .permitAll()
                        .requestMatchers(OrganisationSignIn.HOME + "/**")
                        .hasRole(OrganisationPrincipal.ROLE)
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(ModeratorLogin.PAGE)
                        .usernameParameter(ModeratorLogin.EMAIL_PARAMETER)
                        .passwordParameter(ModeratorLogin.PASSWORD_PARAMETER)
                        .successHandler(login)
                        .failureHandler(login))
                .logout(logout -> logout.logoutSuccessUrl(ModeratorLogin.PAGE + "?logout"))
                // Entry points before the logins register theirs: an organisation's pages ask for its sign-in.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(OrganisationSignIn.SIGN_IN_PAGE),
                                PathPatternRequestMatcher.withDefaults().matcher(OrganisationSignIn.HOME + "/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(ModeratorLogin.PAGE), AnyRequestMatcher.INSTANCE))
                // Organisations sign in by a mailed link (one-time token); see OrganisationSignIn.
                .oneTimeTokenLogin(ott -> ott.tokenService(organisations.tokenService())
                        .tokenGeneratingUrl(OrganisationSignIn.SIGN_IN_PAGE)
                        .generateRequestResolver(organisations.requestResolver())
                        .tokenGenerationSuccessHandler(organisations.linkMailer())
                        .loginPage(OrganisationSignIn.SIGN_IN_PAGE)
                        .loginProcessingUrl(OrganisationSignIn.LINK_PAGE)
                        .showDefaultSubmitPage(false)
                        .authenticationProvider(organisations.authenticationProvider())
                        .authenticationSuccessHandler(
                                new SimpleUrlAuthenticationSuccessHandler(OrganisationSignIn.HOME))
                        .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(
                                OrganisationSignIn.SIGN_IN_PAGE + "?invalid")))
                .addFilterBefore(organisations.revokedClaimFilter(), AnonymousAuthenticationFilter.class)
                .addFilterBefore(login.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(sessionFilters.disabledAccountFilter(), AnonymousAuthenticationFilter.class)
                // Second factor: a moderator without one, while an admin requires it, can only enrol.
                .addFilterBefore(sessionFilters.secondFactorRequirementFilter(), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.authenticationDetailsSource(login.detailsSource()))
                // No HTTP session for anyone who has not logged in: the token in a cookie, the page that asked for
                // the login in another (sessions live in PostgreSQL, and readers open forms all the time).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(login.requestCache()))
                .headers(headers -> contentSecurityPolicies(headers));
        harden(http);
        return http.build();
    }

    /** The strict policy everywhere, but on the API's page, which has its own. */
    private static void contentSecurityPolicies(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher apiPage = PathPatternRequestMatcher.withDefaults().matcher(API_PAGE);
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(apiPage),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        apiPage, new ContentSecurityPolicyHeaderWriter(API_PAGE_CONTENT_SECURITY_POLICY)));
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
