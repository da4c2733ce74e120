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
 * The verification level is a search filter: a moderator's change of it shows in the filtered list at once
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
    void showsAVerificationChangeInTheLevelFilterAtOnce() {
        WebClient web = new WebClient(port);
        long id = idOf(SLUG);
        boolean confirmed = confirmed(id);
        String filtered =
                "/organisations?q=grands+lacs&verified=" + (confirmed ? "not-yet-verified" : "existence-confirmed");
        assertThat(slugs(web.page(filtered, "en"))).doesNotContain(SLUG);
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Hawa");
        try {
            move(id, confirmed ? VerificationMove.WITHDRAW : VerificationMove.CONFIRM_EXISTENCE, moderator);

            SearchAfterCommit.assertShown(
                    app, () -> assertThat(slugs(web.page(filtered, "en"))).contains(SLUG));
        } finally {
            move(id, confirmed ? VerificationMove.CONFIRM_EXISTENCE : VerificationMove.WITHDRAW, moderator);
        }
    }

    @Test
    void countsTheWholeListsLevelsAgainRightAfterAChangeThoughCountsAreKeptTenMinutes() {
        WebClient web = new WebClient(port);
        long id = idOf(SLUG);
        boolean confirmed = confirmed(id);
        long before = count(web.page("/organisations", "en"), "EXISTENCE_CONFIRMED");
        long anyBefore = count(web.page("/organisations", "en"), "CONFIRMED");
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Awa");
        try {
            move(id, confirmed ? VerificationMove.WITHDRAW : VerificationMove.CONFIRM_EXISTENCE, moderator);

            SearchAfterCommit.assertShown(app, () -> {
                Document list = web.page("/organisations", "en");
                assertThat(count(list, "EXISTENCE_CONFIRMED")).isEqualTo(before + (confirmed ? -1 : 1));
                assertThat(count(list, "CONFIRMED")).isEqualTo(anyBefore + (confirmed ? -1 : 1));
            });
        } finally {
            move(id, confirmed ? VerificationMove.CONFIRM_EXISTENCE : VerificationMove.WITHDRAW, moderator);
        }
        SearchAfterCommit.assertShown(
                app,
                () -> assertThat(count(web.page("/organisations", "en"), "EXISTENCE_CONFIRMED"))
                        .isEqualTo(before));
    }

    /** The count in a verification option ("Existence confirmed (N)"), 0 when it is not offered. */
    private static long count(Document page, String option) {
        var label = page.selectFirst("label[for=verified-" + option + "]");
        if (label == null) {
            return 0;
        }
        java.util.regex.Matcher count =
                java.util.regex.Pattern.compile("\\((\\d+)\\)$").matcher(label.text());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private boolean confirmed(long id) {
        return !"NOT_YET_VERIFIED"
                .equals(jdbc.sql("select verification_level from organisation where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    private void move(long id, VerificationMove move, ModeratorPrincipal moderator) {
        long version = jdbc.sql("select version from organisation where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        moderation.verification(id, version, move, moderator);
    }

    private static List<String> slugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }
}
