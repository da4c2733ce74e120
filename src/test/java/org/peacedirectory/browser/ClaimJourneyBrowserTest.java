package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peacedirectory.Await;
import org.peacedirectory.FictionalOrganisations;
import org.peacedirectory.FormSession;
import org.peacedirectory.api.hsds.HsdsPackagesNow;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.search.SearchIndexing;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.PublishedChanges;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Claiming a profile in a real browser, with a real mail server: the claimant claims the profile with an
 * email at its website's domain, follows the mailed link to confirm, a moderator accepts, and the claimant
 * signs in by the mailed link to their organisation's page. Every page on the way passes axe.
 * <p>
 * Issue 17's first acceptance point on the reference profile: CONASCIPAL, claimed the same way, hides its
 * phone and shows its location to the country only from its own page, and at once neither is in its page,
 * JSON-LD, API and HSDS records, the sitemap or search results; asking to show them again waits for a
 * moderator. CONASCIPAL lists no website nor phone: the test gives it both, and puts it back as it was.
 */
class ClaimJourneyBrowserTest extends BrowserTest {

    private static final String SITE = "https://directory.example";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("directory.base-url", () -> SITE);
    }

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    ApplicationContext app;

    /** CONASCIPAL's columns as the test found them, to be put back (null when the test did not change it). */
    private Map<String, Object> conascipalBefore;

    @BeforeEach
    void forgetRateLimits() {
        support.clearRateLimits();
        jdbc.sql("delete from rate_limit_bucket").update(); // other contexts' claims from this address too
    }

    @Test
    void claimConfirmAcceptAndSignInByLink() throws Exception {
        String name = "Journey Claim Coalition " + UUID.randomUUID().toString().substring(0, 8);
        String slug = organisation(name, "https://www.journey-claim.org");
        String email = "coordination@journey-claim.org";

        open("/organisations/" + slug, "en");
        clickAndWait(By.cssSelector(".explore a[href$='/claim']"));
        assertThat(driver.findElement(By.id("claim-domain")).getText()).contains("journey-claim.org");
        assertNoAccessibilityViolations();
        type("name", "Awa Keita");
        type("role", "Coordinator");
        type("email", email);
        driver.executeScript(
                "document.querySelector('input[name=\"stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
        assertNoAccessibilityViolations();

        driver.get(url(linkIn(mailTo(email), "/claims/confirm")));
        assertNoAccessibilityViolations();
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your claim is confirmed");

        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Claim Journey Moderator");
        driver.get(url("/login"));
        type("email", login.email());
        type("password", login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        clickAndWait(By.cssSelector("a[href='/moderation/claims']"));
        assertNoAccessibilityViolations();
        WebElement claim = driver.findElement(By.xpath("//tr[td/a[text()='" + name + "']]"));
        WebElement oldPage = driver.findElement(By.tagName("html"));
        claim.findElement(By.cssSelector("form[action$='/accept'] button")).click();
        Await.within(Duration.ofSeconds(10), "the claims page again", () -> isStale(oldPage));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("The claim is accepted: the profile is managed by the organisation.");
        assertNoAccessibilityViolations();

        driver.manage().deleteAllCookies(); // the moderator leaves; the claimant's browser
        open("/organisations/" + slug, "en");
        assertThat(driver.findElement(By.id("managed")).getText()).isEqualTo("Managed by the organisation");
        assertThat(driver.findElement(By.cssSelector("#verification .badge")).getText())
                .isEqualTo("Confirmed by the organisation");

        smtp.purgeEmailFromAllMailboxes();
        driver.get(url("/my-organisation/sign-in"));
        assertNoAccessibilityViolations();
        type("email", email);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/my-organisation/sign-in/sent");
        driver.get(url(linkIn(mailTo(email), "/my-organisation/sign-in/link")));
        assertNoAccessibilityViolations();
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/my-organisation");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your organisation: " + name);
        assertNoAccessibilityViolations();
    }

    @Test
    void conascipalClaimedHidesItsPhoneAndCityEverywhereAtOnceAndShowingThemAgainWaitsForAModerator() throws Exception {
        String phone = "+223 00 17 17 17";
        long id = conascipalWithWebsiteAndPublicPhone(phone);
        String email = "paix-" + UUID.randomUUID().toString().substring(0, 8) + "@conascipal.org";
        assertShowsPhoneAndCity(phone, id, true);

        // The claim, confirmed by its mailed link, accepted by a moderator.
        open("/organisations/conascipal", "en");
        clickAndWait(By.cssSelector(".explore a[href$='/claim']"));
        assertThat(driver.findElement(By.id("claim-domain")).getText()).contains("conascipal.org");
        type("name", "Aminata Coulibaly");
        type("role", "Secretary general");
        type("email", email);
        driver.executeScript(
                "document.querySelector('input[name=\"stamp\"]').value = arguments[0]",
                stamps.issuedAt(Instant.now().minusSeconds(60)));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
        driver.get(url(linkIn(mailTo(email), "/claims/confirm")));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your claim is confirmed");
        signInAsModerator("CONASCIPAL Claim Moderator");
        driver.get(url("/moderation/claims"));
        WebElement claim = driver.findElement(
                By.xpath("//tr[td/a[@href='/organisations/conascipal']][.//form[contains(@action, '/accept')]]"));
        WebElement claimsPage = driver.findElement(By.tagName("html"));
        claim.findElement(By.cssSelector("form[action$='/accept'] button")).click();
        Await.within(Duration.ofSeconds(10), "the claims page again", () -> isStale(claimsPage));

        // The claimant signs in by the mailed link and hides the phone and the city.
        driver.manage().deleteAllCookies();
        smtp.purgeEmailFromAllMailboxes();
        driver.get(url("/my-organisation/sign-in"));
        type("email", email);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        driver.get(url(linkIn(mailTo(email), "/my-organisation/sign-in/link")));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/my-organisation");
        assertThat(driver.findElement(By.id("safety-phone-public")).isSelected())
                .isTrue();
        assertNoAccessibilityViolations();
        driver.findElement(By.id("safety-phone-hidden")).click();
        driver.findElement(By.id("safety-location-country")).click();
        clickAndWait(By.cssSelector("#safety-controls form button[type=submit]"));
        assertThat(driver.findElements(By.cssSelector("#safety-in-effect li")))
                .extracting(WebElement::getText)
                .containsExactly("Phone: Moderators only", "Location: Country only");
        assertNoAccessibilityViolations();

        // At once: no waiting but for the search index, which follows the commit.
        assertShowsPhoneAndCity(phone, id, false);
        assertThat(logged(id)).endsWith("PROFILE_SAFETY_HIDDEN Aminata Coulibaly");

        // Asking to show them again waits for a moderator; the organisation sees its request waiting.
        driver.findElement(By.id("safety-phone-public")).click();
        driver.findElement(By.id("safety-location-city")).click();
        submitAndWaitForNewPage(By.cssSelector("#safety-controls form button[type=submit]"));
        assertThat(driver.findElement(By.id("safety-result")).getText()).contains("waits for a moderator");
        assertThat(driver.findElements(By.cssSelector("#safety-pending li")))
                .extracting(WebElement::getText)
                .containsExactly("Phone: Public", "Location: City and country");
        assertNoAccessibilityViolations();
        open("/my-organisation", "fr");
        assertThat(driver.findElement(By.id("safety-controls-heading")).getText())
                .isEqualTo("Contrôles de sécurité");
        assertThat(driver.findElements(By.cssSelector("#safety-pending li")))
                .extracting(WebElement::getText)
                .as("WebDriver reads the no-break spaces as spaces")
                .containsExactly("Téléphone : Public", "Localisation : Ville et pays");
        assertNoAccessibilityViolations();
        assertShowsPhoneAndCity(phone, id, false);

        // A moderator finds the request in the queue and accepts it: shown again.
        driver.manage().deleteAllCookies();
        signInAsModerator("CONASCIPAL Safety Moderator");
        open("/moderation", "en");
        assertThat(driver.findElement(By.id("showing-request-" + id)).getText()).contains("Aminata Coulibaly");
        assertNoAccessibilityViolations();
        clickAndWait(By.cssSelector("#showing-request-" + id + " a"));
        assertThat(driver.findElement(By.id("pending-heading")).getText())
                .isEqualTo("The organisation asks to show more");
        submitAndWaitForNewPage(By.cssSelector("form[action$='/safety/approve'] button"));
        assertThat(driver.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Accepted: the public sees the change now.");
        assertShowsPhoneAndCity(phone, id, true);
    }

    /**
     * Whether the phone and the city are in every output that could show them: the page (its facts, its
     * JSON-LD), the API and HSDS records, the sitemap, search results for each. The prose of CONASCIPAL
     * names Bamako, so the city is looked for where the location is given, not in the prose.
     */
    private void assertShowsPhoneAndCity(String phone, long id, boolean shown) {
        FormSession reader = new FormSession(port, "en");
        Document page = reader.page("/organisations/conascipal");
        String facts = page.select("dl.facts").text();
        String jsonLd = page.select("script[type=application/ld+json]").html();
        String api = json("/api/v1/organisations/conascipal");
        String hsds = json("/api/hsds/organizations/" + uuid(id));
        String sitemap = reader.get("/sitemap.xml").body();
        assertThat(sitemap).contains("/organisations/conascipal");
        if (shown) {
            assertThat(facts).contains(phone, "Bamako,");
            assertThat(jsonLd).contains("\"addressLocality\":\"Bamako\"");
            assertThat(api).contains(phone, "\"city\":\"Bamako\"");
            assertThat(hsds).contains(phone, "Bamako, Mali");
            return;
        }
        assertThat(page.select("main").text()).as("the page").doesNotContain(phone);
        assertThat(facts).as("the page's facts").doesNotContain("Bamako").contains("Mali");
        assertThat(jsonLd).as("the JSON-LD").doesNotContain(phone, "addressLocality");
        assertThat(api)
                .as("the API")
                .doesNotContain(phone, "\"city\":\"Bamako\"")
                .contains("CONASCIPAL");
        assertThat(hsds).as("HSDS").doesNotContain(phone, "Bamako, Mali").contains("Coalition Nationale");
        assertThat(sitemap).as("the sitemap").doesNotContain(phone, "Bamako");
        for (String words : List.of(phone, "Bamako")) {
            String q = java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
            org.jsoup.select.Elements results =
                    reader.page("/organisations?q=" + q).select("ul.results");
            assertThat(results.text()).as("the results for " + words).doesNotContain(phone);
            if (words.equals(phone)) {
                assertThat(results.select("a[href='/organisations/conascipal']"))
                        .as("the phone finds nothing")
                        .isEmpty();
            }
            assertThat(json("/api/v1/organisations?q=" + q))
                    .as("the API's search for " + words)
                    .doesNotContain(phone, "\"city\":\"Bamako\"");
        }
    }

    /**
     * Gives CONASCIPAL a website (so that it can be claimed) and a phone, written directly, and has a
     * moderator make the phone public on its safety page, which announces the change to every output.
     */
    private long conascipalWithWebsiteAndPublicPhone(String phone) {
        conascipalBefore = jdbc.sql("select " + String.join(", ", CONASCIPAL_COLUMNS)
                        + " from organisation where slug = 'conascipal'")
                .query()
                .singleRow();
        long id = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        jdbc.sql("update organisation set website = 'https://www.conascipal.org/fr', contact_phone = ? where id = ?")
                .params(phone, id)
                .update();
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "CONASCIPAL Setup Moderator"));
        Document form = moderator.page("/moderation/organisations/" + id + "/safety");
        Map<String, String> fields = new java.util.HashMap<>();
        for (org.jsoup.nodes.Element input : form.select("form.safety-form input[name]")) {
            String type = input.attr("type");
            if (!(type.equals("radio") || type.equals("checkbox")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.put("phone", "PUBLIC");
        fields.put("location", "CITY");
        assertThat(moderator
                        .postUrlEncoded("/moderation/organisations/" + id + "/safety", fields)
                        .statusCode())
                .isEqualTo(302);
        return id;
    }

    private static final List<String> CONASCIPAL_COLUMNS = List.of(
            "website",
            "contact_phone",
            "email_visibility",
            "phone_visibility",
            "postal_address_visibility",
            "contact_person_visibility",
            "logo_visibility",
            "location_precision",
            "kept_from_search_engines",
            "kept_from_open_data",
            "managed_by_organisation",
            "verification_level",
            "verified_at",
            "verified_by",
            "updated_at");

    /** CONASCIPAL as it was, for the other tests: its columns, no claim nor request, every output told. */
    @AfterEach
    void putConascipalBack() throws Exception {
        if (conascipalBefore == null) {
            return;
        }
        long id = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        jdbc.sql("delete from safety_request where organisation_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from profile_claim where organisation_id = ?")
                .param(id)
                .update();
        StringBuilder update = new StringBuilder("update organisation set ");
        for (String column : CONASCIPAL_COLUMNS) {
            update.append(column).append(" = :").append(column).append(", ");
        }
        update.setLength(update.length() - 2);
        update.append(" where id = :id");
        JdbcClient.StatementSpec statement = jdbc.sql(update.toString()).param("id", id);
        for (String column : CONASCIPAL_COLUMNS) {
            statement = statement.param(column, conascipalBefore.get(column));
        }
        statement.update();
        conascipalBefore = null;
        app.getBean(PublishedChanges.class).published(id); // every instance forgets its pages
        app.getBean(PublishedDataCaches.class).forgetAll();
        SearchIndexing indexing = app.getBean(SearchIndexing.class);
        Await.within(Duration.ofSeconds(30), "the search index rebuilt", indexing::rebuild);
        Await.within(Duration.ofSeconds(60), "the search index rebuilt", () -> !indexing.isBuilding());
        HsdsPackagesNow.remake(app);
    }

    private void signInAsModerator(String name) {
        Moderators.Login login = Moderators.withPassword(jdbc, encoder, name);
        driver.get(url("/login"));
        type("email", login.email());
        type("password", login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
    }

    /** An API answer as a program gets it (JSON), checked to be one. */
    private String json(String path) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                                    .header("Accept", "application/json")
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String uuid(long id) {
        return jdbc.sql("select uuid::text from organisation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private List<String> logged(long id) {
        return jdbc.sql("select action || ' ' || actor_name from moderation_log where organisation_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    private String organisation(String name, String website) {
        return FictionalOrganisations.publish(
                app, "journey-claim-", name, website, "A fictional organisation claimed in the browser journey.");
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (RuntimeException gone) {
            return true;
        }
    }

    /** The mail to that address (mails leave after the commit, on a thread of their own). */
    private static MimeMessage mailTo(String address) {
        Await.within(Duration.ofSeconds(10), "a mail to " + address, () -> find(address) != null);
        return find(address);
    }

    private static MimeMessage find(String address) {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (GreenMailUtil.getAddressList(mail.getAllRecipients()).equalsIgnoreCase(address)) {
                    return mail;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** The link's path on this site (the mail names the public address). */
    private static String linkIn(MimeMessage mail, String path) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile(Pattern.quote(SITE + path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("a link to " + path + " in " + body).isTrue();
        return path + "?token=" + link.group(1);
    }
}
