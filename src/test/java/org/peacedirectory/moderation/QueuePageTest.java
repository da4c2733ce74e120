package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the review queue costs the database: every count it shows in one statement, and the lists of open
 * reports and of requests to show something again read only on the pending tab, where they are shown.
 */
@DirectoryTest
class QueuePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    FormSession moderator;
    long report;
    long requestedFor;

    @BeforeEach
    void somethingOfEachKindWaits() {
        moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Queue Counter"));
        long organisation = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        report = jdbc.sql("""
                insert into problem_report (organisation_id, reason, details, language, form_key, ip_hash, created_at)
                values (?, 'OTHER', 'Queue page test', 'en', ?, 'test', now()) returning id""")
                .params(organisation, "queue-page-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        requestedFor =
                jdbc.sql("""
                insert into safety_request (organisation_id, email_visibility, phone_visibility,
                    postal_address_visibility, contact_person_visibility, logo_visibility, location_precision,
                    kept_from_search_engines, kept_from_open_data, requested_by_name, requested_at)
                values (?, 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'CITY', false, false, 'Queue test', now())
                on conflict do nothing returning organisation_id""").param(organisation).query(Long.class).optional().orElse(-1L);
    }

    @AfterEach
    void forgetThem() {
        jdbc.sql("delete from problem_report where id = ?").param(report).update();
        jdbc.sql("delete from safety_request where organisation_id = ?")
                .param(requestedFor)
                .update();
    }

    @Test
    void readsEveryCountInOneStatementAndTheListsOnlyWhereTheyAreShown() {
        moderator.page("/moderation?tab=spam"); // the session's first reads behind it
        Document[] pages = new Document[2];

        long otherTab = SqlStatements.during(() -> pages[0] = moderator.page("/moderation?tab=spam"));
        long pending = SqlStatements.during(() -> pages[1] = moderator.page("/moderation"));

        assertThat(pages[0].select("section.reports, #showing-requests")).isEmpty();
        assertThat(pages[1].select("section.reports a[href=/moderation/reports/" + report + "]"))
                .hasSize(1);
        assertThat(pages[1].select("#showing-requests tbody tr")).isNotEmpty();
        assertThat(pending)
                .as("the pending tab: the other tabs' statements and its two lists")
                .isEqualTo(otherTab + 2);
    }

    @Test
    void showsTheCountsOfWhatWaits() {
        Document queue = moderator.page("/moderation");

        assertThat(queue.selectFirst("#reports-title").text()).contains(Long.toString(count("""
                select count(*) from problem_report where status = 'OPEN'""")));
        assertThat(queue.selectFirst("#showing-requests-title").text())
                .contains(Long.toString(count("select count(*) from safety_request")));
        assertThat(queue.selectFirst(".moderation-links a[href=/moderation/claims]")
                        .text())
                .contains(Long.toString(count("select count(*) from profile_claim where status = 'CONFIRMED'")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
