package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.FormSession;
import org.peacedirectory.FormSession.FilePart;

/** Logos through the real form: kept across errors, stripped of metadata, hostile files refused. */
class LogoUploadFormTest extends SubmissionWebTest {

    @Test
    void keepsTheUploadedLogoWhenTheFormComesBackWithErrors() {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Kept Logo Org");
        form.remove("submitter.consent");

        Document withError = Jsoup.parse(browser.post(
                        "/submit", form, Map.of("logo", new FilePart("logo.png", "image/png", TestImages.png(40, 30))))
                .body());
        String keptToken =
                withError.selectFirst("input[name='state.logoToken']").val();
        assertThat(keptToken).isNotBlank();
        assertThat(withError.selectFirst(".kept-logo img")).isNotNull();
        assertThat(browser.get(withError.selectFirst(".kept-logo img").attr("src"))
                        .statusCode())
                .isEqualTo(200);

        Map<String, List<String>> fixed = FormSession.fieldsOf(withError);
        fixed.put("submitter.consent", List.of("true"));
        HttpResponse<String> sent = browser.post("/submit", fixed, Map.of());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                select l.media_type from submission s join logo_upload l on l.token = s.logo_token
                where s.proposal ->> 'name' = 'Kept Logo Org'""").query(String.class).single()).isEqualTo("image/png");
    }

    @Test
    void storesAGpsTaggedJpegWithoutItsExifMetadata() {
        byte[] fromCamera = TestImages.jpegWithGps();
        assertThat(TestImages.contains(fromCamera, "Exif")).isTrue();
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Camera Logo Org");

        browser.post("/submit", form, Map.of("logo", new FilePart("photo.jpg", "image/jpeg", fromCamera)));

        byte[] stored = jdbc.sql("""
                select l.content from submission s join logo_upload l on l.token = s.logo_token
                where s.proposal ->> 'name' = 'Camera Logo Org'""").query(byte[].class).single();
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, "GPS")).isFalse();
    }

    @Test
    void refusesAPngDeclaring20000By20000PixelsWithAMessageAndKeepsTheAnswers() {
        Document page = refused("huge.png", "image/png", TestImages.pngDeclaring(20_000, 20_000));

        assertThat(page.selectFirst("#logo-error").text())
                .contains("20,000 × 20,000")
                .contains("4,000");
    }

    @Test
    void refusesAnSvgEvenWhenItIsNamedAndTypedAsPng() {
        Document page = refused("logo.png", "image/png", TestImages.svg());

        assertThat(page.selectFirst("#logo-error").text()).contains("PNG, JPEG or WebP");
    }

    private Document refused(String fileName, String type, byte[] content) {
        Map<String, List<String>> form = FilledForms.newOrganisation(browser, stamps, "Refused Logo Org");
        HttpResponse<String> response =
                browser.post("/submit", form, Map.of("logo", new FilePart(fileName, type, content)));
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#error-summary a[href=\"#logo\"]")).hasSize(1);
        assertThat(page.selectFirst("#name").val()).isEqualTo("Refused Logo Org");
        assertThat(page.selectFirst("input[name='state.logoToken']").val()).isEmpty();
        return page;
    }
}
