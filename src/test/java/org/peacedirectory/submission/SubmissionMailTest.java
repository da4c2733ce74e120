package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With mail settings, the submitter gets an acknowledgement in their language. */
@DirectoryTest
class SubmissionMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false); // up before the Spring context reads its port

    /** The public address mails link to: not the address the tests reach the app at. */
    private static final String SITE = "https://directory.example";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("directory.base-url", () -> SITE); // required with mail
    }

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void forgetRateLimits() {
        rateLimiter.clear();
    }

    /** The mail leaves after the commit, on a thread of its own: the test waits for it (5 s at most). */
    private static MimeMessage[] mailsOnceArrived() {
        smtp.waitForIncomingEmail(5000, 1);
        return smtp.getReceivedMessages();
    }

    @Test
    void sendsTheReferenceAndTrackingLinkInTheSubmittersLanguage() throws Exception {
        FormSession browser = new FormSession(port, "fr");
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Mail Test Organisation");

        String thanks = browser.post("/submit", form, Map.of())
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String trackingPath = thanks.substring(thanks.indexOf("/submissions/"), thanks.lastIndexOf("/thanks"));

        MimeMessage[] received = mailsOnceArrived();
        assertThat(received).hasSize(1);
        String body = (String) received[0].getContent();
        assertThat(GreenMailUtil.getAddressList(received[0].getAllRecipients())).isEqualTo("aminata@example.org");
        assertThat(received[0].getSubject()).matches("Votre proposition PD-\\d{4}-\\d{6} à l'Annuaire de la paix");
        assertThat(body).contains("Bonjour Aminata Test").contains(trackingPath);
    }

    @Test
    void linksToTheConfiguredAddressWhateverHostTheFormWasSentTo() throws Exception {
        String[] evil = {"Host: evil.example", "X-Forwarded-Host: evil.example", "Accept: text/html"};
        RawHttp.Response formPage = RawHttp.get(port, "/submit", evil);
        String cookie = "Cookie: " + formPage.header("Set-Cookie").split(";")[0];
        Map<String, List<String>> form = FilledForms.newOrganisation(
                FormSession.fieldsOf(Jsoup.parse(formPage.body())), stamps, "Evil Host Test Organisation");

        RawHttp.Response sent = RawHttp.postMultipart(port, "/submit", form, evil[0], evil[1], evil[2], cookie);
        assertThat(sent.status()).isEqualTo(302);
        String thanksPath = sent.header("Location");
        RawHttp.Response thanks = RawHttp.get(port, thanksPath, evil[0], evil[1], evil[2], cookie);

        String trackingUrl = SITE + thanksPath.substring(0, thanksPath.lastIndexOf("/thanks"));
        assertThat(sent.head()).doesNotContain("evil.example");
        assertThat(thanks.head() + thanks.body()).doesNotContain("evil.example").contains(trackingUrl);
        MimeMessage[] received = mailsOnceArrived();
        assertThat(received).hasSize(1);
        assertThat((String) received[0].getContent())
                .doesNotContain("evil.example")
                .contains(trackingUrl);
    }

    /** A problem report (package {@code report}) with a reply address is acknowledged the same way. */
    @Test
    void acknowledgesAProblemReportInTheReportersLanguage() throws Exception {
        FormSession reader = new FormSession(port, "fr");
        Map<String, List<String>> form = FormSession.fieldsOf(reader.page("/organisations/conascipal/report"));
        form.put("reason", List.of("INFORMATION_WRONG"));
        form.put("details", List.of("Le numéro de téléphone a changé"));
        form.put("replyEmail", List.of("lectrice@example.org"));
        form.put("stamp", List.of(stamps.issuedAt(Instant.now().minusSeconds(60))));

        assertThat(reader.post("/organisations/conascipal/report", form, Map.of())
                        .statusCode())
                .isEqualTo(302);

        MimeMessage[] received = mailsOnceArrived();
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getAddressList(received[0].getAllRecipients())).isEqualTo("lectrice@example.org");
        assertThat(received[0].getSubject())
                .startsWith("Votre signalement sur Coalition Nationale de la Société Civile");
        assertThat((String) received[0].getContent()).contains("les modérateurs ont reçu votre signalement");
    }
}
