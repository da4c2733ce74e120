package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.SecondInstance;
import org.peacedirectory.WebClient;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances on one PostgreSQL, each with its own caches (the second keeps them ten minutes) and its
 * own local search index: what a moderator approves through the first shows within 2 s on the second's
 * kept pages (home, lists, search, profile), though its caches were warm. The first instance is the
 * test's own context; the second is started here.
 */
@DirectoryTest
class PublicationsOnEveryInstanceTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Pattern COUNT = Pattern.compile("^([\\d,]+) organisations");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void anApprovalOnOneInstanceShowsWithinTwoSecondsOnTheOthersKeptPages() {
        try (SecondInstance other = SecondInstance.start(database, "--directory.search.cache-lifetime=10m")) {
            WebClient there = other.web();
            String search = "/organisations?q=vesperand";
            List<String> warm = List.of("/", "/organisations?sort=updated", search);
            warm.forEach(path -> there.get(path, "en"));
            long before = organisationsOnTheHomePage(there);
            assertThat(there.get(search, "en").body()).doesNotContain("Vesperand");
            assertThat(pagesSentAgain(other))
                    .as("the other instance's pages kept")
                    .isPositive();

            Organisation approved = Approvals.approveNew(app, port, "Cercle Vesperand pour la Paix");
            String profile = "/organisations/" + approved.getSlug();
            long deadline = System.nanoTime() + WITHIN.toNanos();

            shownBy(deadline, "the home page's count", () -> organisationsOnTheHomePage(there) == before + 1);
            shownBy(
                    deadline,
                    "the home page's recently published",
                    () -> links(there, "/").contains(profile));
            shownBy(
                    deadline,
                    "the list by last update",
                    () -> links(there, "/organisations?sort=updated").indexOf(profile) == 0);
            shownBy(deadline, "the search", () -> links(there, search).contains(profile));
            shownBy(deadline, "the profile", () -> there.get(profile, "en").statusCode() == 200);

            String kept = there.get(profile, "en").body();
            assertThat(there.get(profile, "en").body())
                    .as("kept")
                    .isEqualTo(kept)
                    .doesNotContain("1987");
            approveFoundingYear(approved.getSlug(), "1987");
            shownBy(
                    System.nanoTime() + WITHIN.toNanos(),
                    "the profile's change",
                    () -> there.page(profile, "en").select("main").text().contains("1987"));
        }
    }

    /** Fails unless the condition holds before the deadline (System.nanoTime()). */
    private static void shownBy(long deadline, String what, BooleanSupplier condition) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        Await.within(left, what + " on the other instance", condition);
    }

    private static long organisationsOnTheHomePage(WebClient web) {
        Matcher count = COUNT.matcher(web.page("/", "en").select(".counts").text());
        assertThat(count.find()).as("the home page's count").isTrue();
        return Long.parseLong(count.group(1).replace(",", ""));
    }

    private static List<String> links(WebClient web, String path) {
        Document page = web.page(path, "en");
        return page.select("main .card-title a").eachAttr("href");
    }

    /** How many pages the instance has sent from its page cache. */
    private static long pagesSentAgain(SecondInstance instance) {
        Cache<?, ?> pages = (Cache<?, ?>) instance.context()
                .getBean(CacheManager.class)
                .getCache(PublishedDataCaches.PAGES)
                .getNativeCache();
        return pages.stats().hitCount();
    }

    private void approveFoundingYear(String slug, String year) {
        FormSession reader = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(reader, app.getBean(FormStamp.class), slug);
        change.put("organisation.foundingYear", List.of(year));
        assertThat(reader.post("/organisations/" + slug + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        support.clearRateLimits();
        Approvals.approve(app, jdbc.sql("""
                select s.id from submission s join organisation o on o.id = s.organisation_id
                where o.slug = ? and s.kind = 'CHANGE' and s.status = 'PENDING'""").param(slug).query(Long.class).single());
    }
}
