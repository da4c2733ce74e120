package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The limits' buckets in PostgreSQL: those full again are removed, however many a flood of addresses left,
 * and a database that does not give them in time gives the "temporarily unavailable" answer, not a 500.
 */
@DirectoryTest
class RateLimitsTest {

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @AfterEach
    void removeTestBuckets() {
        jdbc.sql("delete from rate_limit_bucket where id like 'test-%'").update();
        submissions.clearRateLimits();
    }

    @Test
    void removesTheBucketsOfAFloodOfAddressesOnceTheyAreFullAgainAndKeepsTheOthers() {
        RateLimits.Limit perSecond = limits.limit("test-flood", 1, Duration.ofSeconds(1));
        RateLimits.Limit hourly = limits.limit("test-hourly", 5, Duration.ofHours(1));
        for (int i = 0; i < 200; i++) {
            perSecond.record("10.9." + i / 100 + "." + i % 100);
        }
        hourly.record("10.9.9.9");
        assertThat(rows("test-flood:%")).isEqualTo(400); // a count and a lock for each address
        long now = System.currentTimeMillis();
        assertThat(jdbc.sql("select expires_at from rate_limit_bucket where id like 'test-hourly:count:%'")
                        .query(Long.class)
                        .single())
                .as("the hourly count is full again an hour from now")
                .isBetween(now + 3_590_000, now + 3_600_000);

        Await.within(Duration.ofSeconds(10), "the flood's buckets removed", () -> {
            limits.removeExpired();
            return rows("test-flood:%") == 0;
        });

        assertThat(rows("test-hourly:count:%")).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            hourly.record("10.9.9.9");
        }
        assertThat(hourly.lockedFor("10.9.9.9"))
                .as("the hourly count kept its first event")
                .isPositive();
    }

    @Test
    void removesInBatchesTheEmptyRowsOfBucketsNeverWrittenAnHourAfterTheirInsert() {
        int many = RateLimits.REMOVAL_BATCH * 2 + 7;
        jdbc.sql(
                        "insert into rate_limit_bucket (id, state) select 'test-empty:' || n, null from generate_series(1, ?) n")
                .param(many)
                .update();
        long now = System.currentTimeMillis();
        assertThat(jdbc.sql("select min(expires_at) from rate_limit_bucket where id like 'test-empty:%'")
                        .query(Long.class)
                        .single())
                .isBetween(now + 3_590_000, now + 3_600_000);
        limits.removeExpired();
        assertThat(rows("test-empty:%")).isEqualTo(many);

        jdbc.sql("update rate_limit_bucket set expires_at = expires_at - 3600000 where id like 'test-empty:%'")
                .update();
        limits.removeExpired();

        assertThat(rows("test-empty:%")).isZero();
    }

    @Test
    void aLoginOrAFormWhoseCountsThePoolCannotReadInTimeGetsTheUnavailableAnswer() throws Exception {
        FormSession login = new FormSession(port, "en");
        Map<String, List<String>> credentials = FormSession.fieldsOf(login.page("/login"));
        credentials.put("email", List.of("someone@example.org"));
        credentials.put("password", List.of("any password at all"));
        FormSession submitter = new FormSession(port, "en");
        Map<String, List<String>> form =
                submissions.filledNewOrganisation(submitter, stamps, "Rate Limit Unreachable Org");

        try (Connection holder =
                DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                // Every read of a bucket now waits, until the pool's statement timeout cancels it.
                lock.execute("lock table rate_limit_bucket in access exclusive mode");
            }

            HttpResponse<String> loggingIn = login.post("/login", credentials, Map.of());
            HttpResponse<String> submitting = submitter.post("/submit", form, Map.of());
            holder.rollback();

            assertThat(loggingIn.statusCode()).isEqualTo(503);
            assertThat(loggingIn.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(Jsoup.parse(loggingIn.body()).select("h1").text())
                    .isEqualTo(messages.getMessage("error.unavailable.title", null, Locale.ENGLISH));
            assertThat(submitting.statusCode()).isEqualTo(503);
            assertThat(submitting.headers().firstValue("Retry-After")).hasValue("30");
            Document page = Jsoup.parse(submitting.body());
            assertThat(page.select("#error-summary").text())
                    .contains(messages.getMessage("submission.databaseUnavailable", null, Locale.ENGLISH));
            assertThat(page.selectFirst("#name").val()).isEqualTo("Rate Limit Unreachable Org");
        }
    }

    private int rows(String idPattern) {
        return jdbc.sql("select count(*) from rate_limit_bucket where id like ?")
                .param(idPattern)
                .query(Integer.class)
                .single();
    }
}
