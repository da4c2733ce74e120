package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peacedirectory.Await;
import org.peacedirectory.FictionalOrganisations;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
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
    ApplicationContext context;

    @Autowired
    PasswordEncoder encoder;

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

    private String organisation(String name, String website) {
        return FictionalOrganisations.publish(
                context, "journey-claim-", name, website, "A fictional organisation claimed in the browser journey.");
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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void assertNoAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        assertThat(results.getViolations())
                .as(driver.getCurrentUrl())
                .extracting(rule -> rule.getId() + " " + rule.getNodes())
                .isEmpty();
    }
}
