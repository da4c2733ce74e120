package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Logos of forms never sent are deleted after a day, however many there are. */
@DirectoryTest
class LogoUploadCleanupTest {

    private static final int EXPIRED = LogoUploadCleanup.BATCH_SIZE * 12 + 7;

    @Autowired
    LogoUploadCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @LocalServerPort
    int port;

    @AfterEach
    void removeLeftovers() {
        jdbc.sql("update submission set logo_token = null where logo_token like 'cleanup-test-%'")
                .update();
        jdbc.sql("delete from logo_upload where token like 'cleanup-test-%'").update();
    }

    @Test
    void deletesManyExpiredUploadsButKeepsRecentOnesAndThoseOfASubmission() {
        insertUploads("cleanup-test-expired-", EXPIRED, "2 days");
        insertUploads("cleanup-test-recent-", 3, "1 hour");
        insertUploads("cleanup-test-used-", 1, "2 days");
        submissions.clearRateLimits();
        long submission = submissions.submit(
                new FormSession(port, "en"), stamps, "Cleanup Test Organisation " + System.nanoTime());
        jdbc.sql("update submission set logo_token = 'cleanup-test-used-1' where id = ?")
                .param(submission)
                .update();

        cleanup.deleteUnused();

        assertThat(tokensLike("cleanup-test-%"))
                .containsExactlyInAnyOrder(
                        "cleanup-test-recent-1",
                        "cleanup-test-recent-2",
                        "cleanup-test-recent-3",
                        "cleanup-test-used-1");
    }

    /**
     * A row another transaction holds (a submission being saved with that logo) made the single DELETE
     * wait until the statement timeout cancelled it, and nothing was deleted; it is now skipped.
     */
    @Test
    void deletesTheOthersWhileAnotherTransactionHoldsOneUpload() throws Exception {
        insertUploads("cleanup-test-expired-", EXPIRED, "2 days");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select token from logo_upload where token = 'cleanup-test-expired-1' for update")) {
                lock.executeQuery().close();
            }

            cleanup.deleteUnused();

            assertThat(tokensLike("cleanup-test-%")).containsExactly("cleanup-test-expired-1");
            other.rollback();
        }
    }

    private void insertUploads(String prefix, int count, String age) {
        jdbc.sql("""
                insert into logo_upload (token, media_type, content, width, height, created_at)
                select ? || i, 'image/png', '\\x89504e47'::bytea, 1, 1, now() - cast(? as interval)
                from generate_series(1, ?) i""").params(prefix, age, count).update();
    }

    private List<String> tokensLike(String pattern) {
        return jdbc.sql("select token from logo_upload where token like ?")
                .param(pattern)
                .query(String.class)
                .list();
    }
}
