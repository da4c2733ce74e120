package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.Prometheus;
import org.peacedirectory.SqlStatements;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue and the decisions in the metrics, read from the database (the same on every instance), as
 * Prometheus scrapes them on the management port.
 */
@DirectoryTest
class ReviewMetricsTest {

    private static final String PENDING = "directory_submissions_pending";
    private static final String OLDEST = "directory_submissions_pending_oldest_age_seconds";
    private static final String DECISIONS = "directory_moderation_decisions_last_day";
    private static final String APPROVED = "outcome=\"approved\"";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext app;

    @Autowired
    ReviewMetrics metrics;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    FormStamp stamps;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void countsTheSubmissionsWaitingTheAgeOfTheOldestAndTheDecisionsOfTheLastDay() {
        Prometheus before = freshScrape();
        assertThat(before.series(DECISIONS)).hasSize(4);

        long id = support.submit(new FormSession(port, "en"), stamps, "Zqx Metrics Peace Circle");
        // Sent three days ago, and never looked at since: the oldest one waiting, whatever other tests left.
        jdbc.sql("update submission set created_at = now() - interval '3 days' where id = ?")
                .param(id)
                .update();
        Prometheus waiting = freshScrape();

        assertThat(waiting.value(PENDING)).isEqualTo(before.value(PENDING) + 1);
        assertThat(waiting.value(OLDEST)).isBetween(3 * 86_400.0, 3 * 86_400.0 + 600);

        Approvals.approve(app, id);
        Prometheus decided = freshScrape();

        assertThat(decided.value(PENDING)).isEqualTo(before.value(PENDING));
        assertThat(decided.value(DECISIONS, APPROVED)).isEqualTo(before.value(DECISIONS, APPROVED) + 1);
        assertThat(decided.value(DECISIONS, "outcome=\"rejected\""))
                .isEqualTo(before.value(DECISIONS, "outcome=\"rejected\""));
    }

    @Test
    void scrapesCostOneStatementForAllTheFiguresAndNoneWhileTheyAreFresh() {
        metrics.forget();

        long statements = SqlStatements.during(() -> {
            for (int scrape = 0; scrape < 3; scrape++) {
                assertThat(Prometheus.scrape(managementPort).value(PENDING)).isNotNaN();
            }
        });

        assertThat(statements).isEqualTo(1);
    }

    /** A scrape that reads the figures from the database again, not those of the last few seconds. */
    private Prometheus freshScrape() {
        metrics.forget();
        Prometheus scrape = Prometheus.scrape(managementPort);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape;
    }
}
