package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacedirectory.FormSession;
import org.peacedirectory.FormSession.FilePart;
import org.peacedirectory.system.IpHasher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Logos cost memory to decode and space to keep: the cheap checks (form stamp, rate limits, size, the
 * header's pixel count) come first, so a robot's upload is neither decoded nor stored.
 */
class UploadAbuseTest extends SubmissionWebTest {

    @Autowired
    LogoDecodingSlots decodingSlots;

    @Value("${directory.logos.concurrent-decodes}")
    int concurrentDecodes;

    @Value("${directory.submissions.logo-uploads-per-ip-per-hour}")
    int logoUploadsPerHour;

    @Autowired
    IpHasher ipHasher;

    /** The address the app sees for this test's requests, whichever way localhost resolves. */
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Test
    void storesNoLogoFromFormsWithAGarbageOrExpiredStamp() {
        int before = storedLogos();
        List<HttpResponse<String>> responses = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Garbage Stamp Org");
            form.put(
                    "state.stamp",
                    List.of(
                            i % 2 == 0
                                    ? "garbage-" + i
                                    : stamps.issuedAt(Instant.now().minus(Duration.ofHours(25)))));
            responses.add(browser.post("/submit", form, Map.of("logo", aLogo())));
        }

        assertThat(storedLogos() - before).as("logo uploads stored").isZero();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isEqualTo(422);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("#name").val()).isEqualTo("Garbage Stamp Org");
            assertThat(page.selectFirst("#error-summary").text())
                    .containsAnyOf("could not be checked", "more than a day ago");
            assertThat(page.selectFirst("#logo-error").text()).contains("choose the file again");
            assertThat(page.selectFirst("input[name='state.logoToken']").val()).isEmpty();
        }
    }

    @Test
    void storesNoLogoFromAnAddressOverTheSubmissionLimit() {
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.post(
                                    "/submit",
                                    FilledForms.newOrganisation(browser, stamps, "Limit Logo Org " + i),
                                    Map.of())
                            .statusCode())
                    .isEqualTo(302);
        }
        int before = storedLogos();

        HttpResponse<String> sixth = browser.post(
                "/submit", FilledForms.newOrganisation(browser, stamps, "Limit Logo Org 6"), Map.of("logo", aLogo()));

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(sixth.body()).selectFirst("#name").val()).isEqualTo("Limit Logo Org 6");
        assertThat(storedLogos()).isEqualTo(before);
    }

    /**
     * A genuine stamp sent early is a form this site served: a robot can get one as easily as a person, so
     * refusing the logo would stop no robot. It is kept, and the per-address upload limit bounds robots.
     */
    @Test
    void keepsTheLogoOfAFormSentTooFast() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Quick Logo Org");
        form.put("state.stamp", List.of(stamps.issuedAt(Instant.now())));

        HttpResponse<String> response = browser.post("/submit", form, Map.of("logo", aLogo()));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#error-summary").text()).contains("That was very quick");
        assertThat(page.selectFirst("input[name='state.logoToken']").val()).isNotBlank();
    }

    @Test
    void stopsKeepingLogosFromOneAddressAfterTwentyInAnHour() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Many Logos Org");
        form.remove("submitter.consent");
        for (int i = 1; i <= 20; i++) {
            Document page = Jsoup.parse(
                    browser.post("/submit", form, Map.of("logo", aLogo())).body());
            assertThat(page.selectFirst("input[name='state.logoToken']").val())
                    .as("upload " + i)
                    .isNotBlank();
        }
        int before = storedLogos();

        HttpResponse<String> response = browser.post("/submit", form, Map.of("logo", aLogo()));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#logo-error").text()).contains("Many logos came from your connection");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Many Logos Org");
        assertThat(storedLogos()).isEqualTo(before);
    }

    @Test
    void refusesThePngBombThatFitsTheSideLimitAndKeepsTheAnswers() {
        int before = storedLogos();
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Bomb Logo Org");

        HttpResponse<String> response = browser.post(
                "/submit",
                form,
                Map.of("logo", new FilePart("logo.png", "image/png", TestImages.pngBomb(4000, 4000, 8))));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#logo-error").text())
                .contains("4,000 × 4,000")
                .contains("4 million");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Bomb Logo Org");
        assertThat(storedLogos()).isEqualTo(before);
    }

    /** The servlet limits sit above the logo's 2 MB, so a large photo gets the form's message, answers kept. */
    @Test
    void reportsALogoOverTwoMegabytesOnTheFormAndKeepsTheAnswers() {
        int before = storedLogos();
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Large Photo Org");
        byte[] fiveMegabytes = Arrays.copyOf(TestImages.PNG_SIGNATURE, 5 * 1024 * 1024);

        HttpResponse<String> response =
                browser.post("/submit", form, Map.of("logo", new FilePart("photo.png", "image/png", fiveMegabytes)));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#logo-error").text()).contains("larger than 2 MB");
        assertThat(page.selectFirst("#name").val()).isEqualTo("Large Photo Org");
        assertThat(storedLogos()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en,Many logos are being processed right now", "fr,Beaucoup de logos sont en cours de traitement"})
    void answers503WithRetryAfterAndKeepsTheAnswersWhileEveryDecoderIsBusy(String language, String message)
            throws InterruptedException {
        FormSession visitor = new FormSession(port, language);
        String name = "Busy Decoders Org " + language;
        Map<String, List<String>> form = FilledForms.newOrganisation(visitor, stamps, name);
        // One upload left this hour: the one turned away busy must not use it up.
        for (int i = 1; i < logoUploadsPerHour; i++) {
            LOOPBACK.forEach(address -> rateLimiter.recordLogoUpload(ipHasher.hash(address)));
        }
        CountDownLatch held = new CountDownLatch(concurrentDecodes);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(concurrentDecodes);
        HttpResponse<String> busy;
        try {
            for (int i = 0; i < concurrentDecodes; i++) {
                holders.submit(() -> decodingSlots.run(() -> {
                    held.countDown();
                    try {
                        return release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(held.await(10, TimeUnit.SECONDS))
                    .as("every decoding slot taken")
                    .isTrue();

            busy = visitor.post("/submit", form, Map.of("logo", aLogo()));
        } finally {
            release.countDown();
            holders.shutdown();
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        Document page = Jsoup.parse(busy.body());
        assertThat(page.selectFirst("#logo-error").text()).contains(message);
        assertThat(page.selectFirst("#name").val()).isEqualTo(name);
        assertThat(page.selectFirst("#activities0\\.text").text()).isEqualTo("Trained forty mediators.");

        assertThat(holders.awaitTermination(10, TimeUnit.SECONDS))
                .as("slots released")
                .isTrue();
        HttpResponse<String> again = visitor.post("/submit", FormSession.fieldsOf(page), Map.of("logo", aLogo()));
        assertThat(again.statusCode())
                .as("sent again once the decoders are free")
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from submission where logo_token is not null and proposal ->> 'name' = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static FilePart aLogo() {
        return new FilePart("logo.png", "image/png", TestImages.png(40, 30));
    }

    private int storedLogos() {
        return jdbc.sql("select count(*) from logo_upload").query(Integer.class).single();
    }
}
