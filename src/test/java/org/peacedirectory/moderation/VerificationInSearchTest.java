package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SearchAfterCommit;
import org.peacedirectory.WebClient;
import org.peacedirectory.account.ModeratorPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Verification is a search filter: a moderator's change of the badge shows in the filtered list at once
 * (indexed at its commit; within a moment with outbox-polling), though counts are reused for ten minutes here.
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m") // the context of CountsKeptUntilPublishTest
class VerificationInSearchTest {

    private static final String SLUG = "grands-lacs-ressources-et-paix";

    @LocalServerPort
    int port;

    @Autowired
    ProfileModeration moderation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment app;

    @Test
    void showsAVerificationChangeInTheVerifiedFilterAtOnce() {
        WebClient web = new WebClient(port);
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(SLUG)
                .query(Long.class)
                .single();
        boolean verified = "VERIFIED"
                .equals(jdbc.sql("select verification_status from organisation where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        String filtered = "/organisations?q=grands+lacs&verified=" + !verified;
        assertThat(slugs(web.page(filtered, "en"))).doesNotContain(SLUG);
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Hawa");
        try {
            setVerified(id, !verified, moderator);

            SearchAfterCommit.assertShown(
                    app, () -> assertThat(slugs(web.page(filtered, "en"))).contains(SLUG));
        } finally {
            setVerified(id, verified, moderator);
        }
    }

    @Test
    void countsTheWholeListsVerifiedAgainRightAfterAChangeThoughCountsAreKeptTenMinutes() {
        WebClient web = new WebClient(port);
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(SLUG)
                .query(Long.class)
                .single();
        boolean verified = "VERIFIED"
                .equals(jdbc.sql("select verification_status from organisation where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        long before = verifiedCount(web.page("/organisations", "en"));
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Awa");
        try {
            setVerified(id, !verified, moderator);

            SearchAfterCommit.assertShown(
                    app,
                    () -> assertThat(verifiedCount(web.page("/organisations", "en")))
                            .isEqualTo(before + (verified ? -1 : 1)));
        } finally {
            setVerified(id, verified, moderator);
        }
        SearchAfterCommit.assertShown(
                app,
                () -> assertThat(verifiedCount(web.page("/organisations", "en")))
                        .isEqualTo(before));
    }

    /** The count in the "Verified (N)" option of the verification facet, 0 when it is not offered. */
    private static long verifiedCount(Document page) {
        var label = page.selectFirst("label[for=verified-VERIFIED]");
        if (label == null) {
            return 0;
        }
        java.util.regex.Matcher count =
                java.util.regex.Pattern.compile("\\((\\d+)\\)$").matcher(label.text());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private void setVerified(long id, boolean verified, ModeratorPrincipal moderator) {
        long version = jdbc.sql("select version from organisation where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        moderation.setVerified(id, version, verified, moderator);
    }

    private static List<String> slugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }
}
