package org.peacedirectory.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.submission.FormStamp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without a mail server (no spring.mail.host), claims and sign-in links cannot be sent: the pages say so. */
@DirectoryTest
class ClaimsWithoutMailTest {

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theClaimFormSaysClaimsCannotBeReceivedAndKeepsTheAnswers() {
        String slug = ClaimTestSupport.organisation(context, "No Mail Test Org", "https://no-mail-test.org");
        FormSession claimant = new FormSession(port, "en");
        String unavailable = "Claims cannot be received right now, because the directory cannot send email at the "
                + "moment. Your answers are kept: please try again later.";
        assertThat(claimant.page("/organisations/" + slug + "/claim")
                        .select("#claim-unavailable")
                        .text())
                .isEqualTo(unavailable);

        Map<String, List<String>> form =
                ClaimTestSupport.filledClaim(claimant, stamps, slug, "Moussa Traoré", "moussa@no-mail-test.org");
        HttpResponse<String> refused = claimant.post("/organisations/" + slug + "/claim", form, Map.of());

        assertThat(refused.statusCode()).isEqualTo(503);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#claim-unavailable").text()).isEqualTo(unavailable);
        assertThat(page.select("#name").val()).isEqualTo("Moussa Traoré");
        assertThat(page.select("#role").val()).isEqualTo("Coordinator");
        assertThat(page.select("#email").val()).isEqualTo("moussa@no-mail-test.org");
        assertThat(jdbc.sql(
                                "select count(*) from profile_claim c join organisation o on o.id = c.organisation_id where o.slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theSignInPageSaysLinksCannotBeSent() {
        FormSession organisation = new FormSession(port, "fr");
        Document page = organisation.page("/my-organisation/sign-in");
        assertThat(page.select("#sign-in-unavailable").text()).startsWith("La connexion n'est pas possible");

        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> asked = organisation.postUrlEncoded(
                "/my-organisation/sign-in", Map.of("_csrf", csrf, "email", "someone@example.org"));
        assertThat(asked.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(asked.body()).select("#email").val()).isEqualTo("someone@example.org");
    }
}
