package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.moderation.Moderators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission announces itself when stored and when its submitter sends it back corrected; the second
 * event is heard inside that transaction, so the moderation log has its line at once. Caught on the test's
 * thread (Modulith's {@link PublishedEvents}), so the service is called here with a form made from a
 * submission sent through the public form.
 */
@DirectoryTest
@ExtendWith(PublishedEventsExtension.class)
class SubmissionEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    SubmissionService service;

    @Autowired
    SubmissionReview review;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void storingASubmissionAnnouncesItsReference(PublishedEvents events) {
        SubmissionForm form = formLike("Events Stored Org");

        String trackingToken = service.submit(form, null, false, "ip-hash", Locale.FRENCH);

        String reference = jdbc.sql("select reference from submission where tracking_token = ?")
                .param(trackingToken)
                .query(String.class)
                .single();
        assertThat(events.ofType(SubmissionReceived.class)).containsExactly(new SubmissionReceived(reference));
    }

    @Test
    void resubmittingAnnouncesItAndTheLogRecordsItInTheSameTransaction(PublishedEvents events) {
        long id = support.submit(new FormSession(port, "en"), stamps, "Events Resubmitted Org");
        long moderatorId = Moderators.create(jdbc, "Events Moderator").getAccountId();
        transactions.executeWithoutResult(status -> {
            Submission submission = review.find(id).orElseThrow();
            submission.requestChanges(moderatorId, "Please add the city.", Instant.now());
            review.save(submission);
        });
        String trackingToken = jdbc.sql("select tracking_token from submission where id = ?")
                .param(id)
                .query(String.class)
                .single();

        service.resubmit(trackingToken, review.formFor(review.find(id).orElseThrow()));

        assertThat(events.ofType(SubmissionResubmitted.class)).containsExactly(new SubmissionResubmitted(id));
        assertThat(jdbc.sql("select action from moderation_log where submission_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("SUBMISSION_RESUBMITTED");
    }

    /** A new form with the answers of a submission sent through the public form (and a form token of its own). */
    private SubmissionForm formLike(String name) {
        long id = support.submit(new FormSession(port, "en"), stamps, name);
        return review.formFor(review.find(id).orElseThrow());
    }
}
