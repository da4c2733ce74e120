package org.peacedirectory.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.claim.ClaimTestSupport.SITE;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Claiming a profile over real HTTP, against PostgreSQL, with a real mail server (GreenMail): the email must
 * be at the organisation's web domain; the claimant confirms by the mailed link; a moderator accepts, and
 * the profile is managed by (and confirmed by) the organisation; its person signs in by a mailed one-time
 * link, proposes an edit that is marked as the organisation's and first in the queue, and never reaches
 * moderation; a revoked claim ends the session.
 */
@DirectoryTest
class ClaimProfileTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("directory.base-url", () -> SITE);
        // Every request of these tests comes from the same address.
        registry.add("directory.claims.per-ip-per-hour", () -> 1000);
        registry.add("directory.organisations.sign-in-links-per-ip-per-hour", () -> 1000);
    }

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SubmissionTestSupport submissions;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void refusesAClaimWithAnEmailAtAnotherDomainAndKeepsTheAnswers() {
        String slug =
                ClaimTestSupport.organisation(context, "Other Domain Test Org", "https://www.conascipal-test.org/fr");
        FormSession claimant = new FormSession(port, "en");
        Map<String, List<String>> form =
                ClaimTestSupport.filledClaim(claimant, stamps, slug, "Awa Keita", "awa.keita@gmail.com");

        HttpResponse<String> refused = claimant.post("/organisations/" + slug + "/claim", form, Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#email-error").text())
                .isEqualTo("Use an email address at the organisation's web domain, conascipal-test.org: "
                        + "an address elsewhere cannot show that you work there.");
        assertThat(page.select("#name").val()).isEqualTo("Awa Keita");
        assertThat(page.select("#email").val()).isEqualTo("awa.keita@gmail.com");
        assertThat(claims(slug)).isZero();
        assertThat(checker.errorsIn(refused.body())).isEmpty();

        // At a domain that merely ends with the same letters: refused too.
        form.put("email", List.of("awa@notconascipal-test.org"));
        assertThat(claimant.post("/organisations/" + slug + "/claim", form, Map.of())
                        .statusCode())
                .isEqualTo(422);
        assertThat(claims(slug)).isZero();
    }

    @Test
    void refusesAnswersOverTheirLimitsWith422AndABodyFarOverThemWith413BeforeReadingIt() {
        String slug =
                ClaimTestSupport.organisation(context, "Long Answers Test Org", "https://www.long-answers-test.org");
        FormSession claimant = new FormSession(port, "en");
        Map<String, String> form = new LinkedHashMap<>();
        ClaimTestSupport.filledClaim(claimant, stamps, slug, "N".repeat(201), "awa@long-answers-test.org")
                .forEach((name, values) -> form.put(name, values.get(0)));
        form.put("role", "R".repeat(201));

        HttpResponse<String> refused = claimant.postUrlEncoded("/organisations/" + slug + "/claim", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#name-error").text()).isEqualTo("Use at most 200 characters.");
        assertThat(page.select("#role-error").text()).isEqualTo("Use at most 200 characters.");
        assertThat(page.select("#name").val()).isEqualTo("N".repeat(201));

        form.put("role", "R".repeat(70_000));
        HttpResponse<String> tooLarge = claimant.postUrlEncoded("/organisations/" + slug + "/claim", form);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLarge.body()).selectFirst("h1").text()).isEqualTo("The form sent is too large");
        assertThat(claims(slug)).isZero();
    }

    @Test
    void aProfileWithoutWebsiteSaysItCannotBeClaimedThisWay() {
        Document page = new FormSession(port, "fr").page("/organisations/conascipal/claim");

        assertThat(page.select("#claim-no-website").text()).contains("n'indique aucun site web", "ne peut donc pas");
        assertThat(page.select("main form")).isEmpty();
    }

    @Test
    void claimConfirmAcceptSignInAndProposeAnEditMarkedAsTheOrganisations() throws Exception {
        String name = "Full Claim Test Org " + UUID.randomUUID();
        String slug = ClaimTestSupport.organisation(context, name, "https://www.full-claim-test.org");
        String email = "coordination@mail.full-claim-test.org"; // a subdomain of the website's domain
        FormSession claimant = new FormSession(port, "en");

        HttpResponse<String> sent = claimant.post(
                "/organisations/" + slug + "/claim",
                ClaimTestSupport.filledClaim(claimant, stamps, slug, "Awa Keita", email),
                Map.of());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValue("/claims/sent");
        assertThat(status(slug)).isEqualTo("PENDING_CONFIRMATION");

        String confirmLink = ClaimTestSupport.linkIn(mailTo(email), "/claims/confirm");
        assertThat(jdbc.sql(
                                "select count(*) from profile_claim where confirmation_hash like ? or confirmation_salt = ?")
                        .params(
                                "%" + confirmLink.substring(confirmLink.indexOf('=') + 1) + "%",
                                confirmLink.substring(confirmLink.indexOf('=') + 1))
                        .query(Integer.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        // Opening the link changes nothing (mail scanners open links); its button confirms.
        assertThat(claimant.get(confirmLink).statusCode()).isEqualTo(200);
        assertThat(status(slug)).isEqualTo("PENDING_CONFIRMATION");
        HttpResponse<String> confirmed = ClaimTestSupport.submitPageForm(claimant, confirmLink, "/claims/confirm");
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/claims/confirmed");
        assertThat(status(slug)).isEqualTo("CONFIRMED");

        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Claim Moderator"));
        Document claimsPage = moderator.page("/moderation/claims");
        long claimId = claimId(slug);
        assertThat(checker.errorsIn(claimsPage.outerHtml())).isEmpty();
        assertThat(checker.errorsIn(claimant.get(confirmLink).body())).isEmpty();
        assertThat(claimsPage.select("#claims-to-decide #claim-" + claimId).text())
                .contains(name, "Awa Keita", "Coordinator", email);
        ClaimTestSupport.moderatorPost(moderator, "/moderation/claims/" + claimId + "/accept");

        assertThat(status(slug)).isEqualTo("ACCEPTED");
        Document profile = new FormSession(port, "en").page("/organisations/" + slug);
        assertThat(profile.select("#managed").text()).isEqualTo("Managed by the organisation");
        assertThat(profile.select("#verification .badge").text()).isEqualTo("Confirmed by the organisation");
        assertThat(logged(slug))
                .containsExactly(
                        "CLAIM_MADE", "CLAIM_CONFIRMED", "ORGANISATION_CONFIRMED_BY_ORGANISATION", "CLAIM_ACCEPTED");

        FormSession organisation = signIn(email.toUpperCase(java.util.Locale.ROOT));
        Document home = organisation.page("/my-organisation");
        assertThat(home.select("h1").text()).isEqualTo("Your organisation: " + name);
        assertThat(checker.errorsIn(home.outerHtml())).isEmpty();
        assertThat(home.select("#propose-edit").attr("href")).isEqualTo("/organisations/" + slug + "/suggest-edit");

        Map<String, List<String>> change = submissions.filledChange(organisation, stamps, slug);
        assertThat(organisation.page("/organisations/" + slug + "/suggest-edit").select("#from-organisation"))
                .hasSize(1);
        change.put("organisation.foundingYear", List.of("2004"));
        assertThat(organisation
                        .post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        submissions.clearRateLimits();
        String reference = jdbc.sql("""
                        select s.reference from submission s join organisation o on o.id = s.organisation_id
                        where o.slug = ? and s.from_organisation""").param(slug).query(String.class).single();
        Document queue = moderator.page("/moderation");
        assertThat(queue.select("#submissions tbody tr").first().text())
                .as("first in the queue")
                .contains(reference, "From the organisation");

        // The same form from someone not signed in is not the organisation's.
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> anonymous = submissions.filledChange(reader, stamps, slug);
        anonymous.put("organisation.foundingYear", List.of("2005"));
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", anonymous, Map.of())
                        .statusCode())
                .isEqualTo(302);
        submissions.clearRateLimits();
        assertThat(jdbc.sql("""
                        select count(*) from submission s join organisation o on o.id = s.organisation_id
                        where o.slug = ? and not s.from_organisation""").param(slug).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOrganisationSignedInNeverReachesModeration() throws Exception {
        String slug =
                ClaimTestSupport.organisation(context, "No Moderation Test Org", "https://no-moderation-test.org");
        String email = "team@no-moderation-test.org";
        accepted(slug, email);
        FormSession organisation = signIn(email);

        assertThat(organisation.get("/my-organisation").statusCode()).isEqualTo(200);
        assertThat(organisation.get("/moderation").statusCode()).isEqualTo(403);
        assertThat(organisation.get("/moderation/claims").statusCode()).isEqualTo(403);
        assertThat(organisation.get("/moderation/accounts").statusCode()).isEqualTo(403);
        // And a reader not signed in is sent to the organisation's sign-in from its page.
        assertThat(new FormSession(port, "en").get("/my-organisation").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/my-organisation/sign-in"));
    }

    @Test
    void aRevokedClaimEndsTheSessionAndTheProfileIsNoLongerManaged() throws Exception {
        String slug = ClaimTestSupport.organisation(context, "Revoke Test Org", "https://revoke-test.org");
        String email = "director@revoke-test.org";
        FormSession moderator = accepted(slug, email);
        FormSession organisation = signIn(email);
        assertThat(organisation.get("/my-organisation").statusCode()).isEqualTo(200);

        ClaimTestSupport.moderatorPost(moderator, "/moderation/claims/" + claimId(slug) + "/revoke");

        assertThat(status(slug)).isEqualTo("REVOKED");
        HttpResponse<String> after = organisation.get("/my-organisation");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/my-organisation/sign-in"));
        assertThat(new FormSession(port, "en").page("/organisations/" + slug).select("#managed"))
                .isEmpty();
        assertThat(logged(slug)).endsWith("CLAIM_REVOKED");

        // Its address no longer gets a sign-in link; the page says the same as for any address.
        smtp.purgeEmailFromAllMailboxes();
        FormSession again = new FormSession(port, "en");
        HttpResponse<String> asked = askForLink(again, email);
        assertThat(asked.headers().firstValue("Location")).hasValue("/my-organisation/sign-in/sent");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        // Nor can it be revoked twice.
        ClaimTestSupport.moderatorPost(moderator, "/moderation/claims/" + claimId(slug) + "/revoke");
        assertThat(moderator.page("/moderation/claims").select(".flash").text())
                .isEqualTo("This claim was decided already; nothing changed.");
    }

    /** Claims, confirms and has a moderator accept; returns the moderator's session. */
    private FormSession accepted(String slug, String email) throws Exception {
        FormSession claimant = new FormSession(port, "en");
        assertThat(claimant.post(
                                "/organisations/" + slug + "/claim",
                                ClaimTestSupport.filledClaim(claimant, stamps, slug, "Claimant Test", email),
                                Map.of())
                        .statusCode())
                .isEqualTo(302);
        String link = ClaimTestSupport.linkIn(mailTo(email), "/claims/confirm");
        ClaimTestSupport.submitPageForm(claimant, link, "/claims/confirm");
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Claim Moderator"));
        ClaimTestSupport.moderatorPost(moderator, "/moderation/claims/" + claimId(slug) + "/accept");
        assertThat(status(slug)).isEqualTo("ACCEPTED");
        smtp.purgeEmailFromAllMailboxes();
        return moderator;
    }

    /** Asks for a sign-in link, follows the mailed one and presses its button. */
    private FormSession signIn(String email) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        FormSession organisation = new FormSession(port, "en");
        HttpResponse<String> asked = askForLink(organisation, email);
        assertThat(asked.headers().firstValue("Location")).hasValue("/my-organisation/sign-in/sent");
        String link = ClaimTestSupport.linkIn(
                mailTo(email.toLowerCase(java.util.Locale.ROOT)), "/my-organisation/sign-in/link");
        HttpResponse<String> signedIn =
                ClaimTestSupport.submitPageForm(organisation, link, "/my-organisation/sign-in/link");
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/my-organisation");
        // A link signs in once.
        HttpResponse<String> reused =
                ClaimTestSupport.submitPageForm(new FormSession(port, "en"), link, "/my-organisation/sign-in/link");
        assertThat(reused.headers().firstValue("Location")).hasValue("/my-organisation/sign-in?invalid");
        return organisation;
    }

    private static HttpResponse<String> askForLink(FormSession browser, String email) {
        Document page = browser.page("/my-organisation/sign-in");
        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        return browser.postUrlEncoded("/my-organisation/sign-in", Map.of("_csrf", csrf, "email", email));
    }

    /** The mail sent to that address (mails leave after the commit, on a thread of their own: waits for it). */
    private static MimeMessage mailTo(String address) {
        Await.within(Duration.ofSeconds(10), "a mail to " + address, () -> findMailTo(address) != null);
        return findMailTo(address);
    }

    private static @Nullable MimeMessage findMailTo(String address) {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (GreenMailUtil.getAddressList(mail.getAllRecipients()).equalsIgnoreCase(address)) {
                    return mail;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private int claims(String slug) {
        return jdbc.sql(
                        "select count(*) from profile_claim c join organisation o on o.id = c.organisation_id where o.slug = ?")
                .param(slug)
                .query(Integer.class)
                .single();
    }

    private long claimId(String slug) {
        return jdbc.sql(
                        "select c.id from profile_claim c join organisation o on o.id = c.organisation_id where o.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private String status(String slug) {
        return jdbc.sql(
                        "select c.status from profile_claim c join organisation o on o.id = c.organisation_id where o.slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private List<String> logged(String slug) {
        return jdbc.sql("""
                        select l.action from moderation_log l join organisation o on o.id = l.organisation_id
                        where o.slug = ? order by l.id""").param(slug).query(String.class).list();
    }
}
