package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionDecided;
import org.peacedirectory.submission.SubmissionStatus;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.EventPublicationRetry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mails are durable: their events are recorded with the change (Spring Modulith's event publication
 * registry), so a mail the server refused, or one a crash kept from leaving, stays recorded as incomplete
 * and is sent once the publication is resubmitted ({@link EventPublicationRetry}, which runs every minute
 * outside tests), once: handed to its listener again, it is not sent twice. After its last attempt a
 * publication is left for someone to look at. The mail server is a GreenMail started and
 * stopped by the tests on a port of their own; while it is stopped, connections are refused.
 */
@DirectoryTest
class DurableMailTest {

    private static final int SMTP_PORT = freePort();
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final int MAX_ATTEMPTS = 3;

    /** Null while the mail server is down. */
    private static GreenMail smtp;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("directory.base-url", () -> "https://directory.example"); // required with mail
        registry.add("directory.events.max-attempts", () -> MAX_ATTEMPTS);
    }

    @LocalServerPort
    int port;

    @Autowired
    Decisions decisions;

    @Autowired
    EventPublicationRetry retry;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Staleness staleness;

    @Autowired
    EventSerializer serializer;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void mailServerDown() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        support.clearRateLimits();
    }

    @Test
    void mailsRefusedWhileTheServerIsDownAreSentOnceItIsBackAndNeverTwice() throws Exception {
        long id = support.submit(new FormSession(port, "fr"), stamps, "Durable Mail Refused Org");
        decisions.reject(
                id,
                Approvals.submissionVersion(jdbc, id),
                DecisionReason.INCOMPLETE,
                "Dites-nous où vous travaillez.",
                Moderators.create(jdbc, "Durable Moderator"));

        await().atMost(LIMIT).until(() -> count(id, "status = 'FAILED' and completion_date is null") == 2);
        List<Map<String, Object>> recorded = jdbc.sql(
                        "select listener_id, event_type, serialized_event from event_publication where " + about(id))
                .params(id, reference(id))
                .query()
                .listOfRows();

        mailServerUp();
        retry.resubmit();

        await().atMost(LIMIT).until(() -> smtp.getReceivedMessages().length == 2 && count(id, "true") == 0);
        assertThat(subjects())
                .containsExactlyInAnyOrder(
                        "Votre proposition " + reference(id) + " à l'Annuaire de la paix", decidedSubject(id));
        assertThat(bodyWithSubject(decidedSubject(id))).contains("Dites-nous où vous travaillez.");

        // The same publications handed to the listeners again, as when an instance resubmits one that
        // another has just completed: they complete without sending anything.
        for (Map<String, Object> publication : recorded) {
            jdbc.sql("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                        status, completion_attempts)
                    values (gen_random_uuid(), ?, ?, ?, now(), 'FAILED', 1)""")
                    .params(
                            publication.get("listener_id"),
                            publication.get("event_type"),
                            publication.get("serialized_event"))
                    .update();
        }
        retry.resubmit();
        await().atMost(LIMIT).until(() -> count(id, "true") == 0);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMailACrashKeptFromLeavingIsSentOnceItsPublicationIsStale() throws Exception {
        long id = support.submit(new FormSession(port, "en"), stamps, "Durable Mail Crash Org");
        await().atMost(LIMIT).until(() -> count(id, "status = 'FAILED'") == 1);
        // As a crash leaves it: committed with the submission an hour ago, its listener never ran.
        jdbc.sql(
                        "update event_publication set status = 'PUBLISHED', publication_date = now() - interval '1 hour' where "
                                + about(id))
                .params(id, reference(id))
                .update();
        mailServerUp();

        retry.resubmit();
        assertThat(count(id, "status = 'PUBLISHED'"))
                .as("not failed, so not taken")
                .isEqualTo(1);

        registry.markStalePublicationsFailed(staleness); // Modulith's staleness check, run every minute
        retry.resubmit();

        await().atMost(LIMIT).until(() -> smtp.getReceivedMessages().length == 1 && count(id, "true") == 0);
        assertThat(subjects()).containsExactly("Your submission " + reference(id) + " to the Peace Directory");
    }

    @Test
    void aMailRefusedAtEveryAttemptIsLeftRecordedAfterTheLastOne() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Durable Mail Given Up Org");
        await().atMost(LIMIT).until(() -> count(id, "status = 'FAILED' and completion_attempts = 1") == 1);

        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) { // the first run was the first attempt
            retry.resubmit(); // refused again: the server is still down
            int attempts = attempt;
            await().atMost(LIMIT)
                    .until(() -> count(id, "status = 'FAILED' and completion_attempts = " + attempts) == 1);
        }
        mailServerUp();
        retry.resubmit();

        assertThat(count(id, "status = 'FAILED' and completion_attempts = " + MAX_ATTEMPTS))
                .as("given up, though the server is back: not taken again")
                .isEqualTo(1);
    }

    @Test
    void theRegistryKeepsEventsAsJsonWrittenWithJackson3() {
        SubmissionDecided decided = new SubmissionDecided(42, SubmissionStatus.CHANGES_REQUESTED, 2);

        Object json = serializer.serialize(decided);

        assertThat(serializer.getClass().getName()).startsWith("org.springframework.modulith.events.jackson.");
        assertThat(json.toString()).isEqualTo("{\"submissionId\":42,\"outcome\":\"CHANGES_REQUESTED\",\"revision\":2}");
        assertThat(serializer.deserialize(json, SubmissionDecided.class)).isEqualTo(decided);
    }

    private static void mailServerUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    /** The publications of the acknowledgement and of the decisions of this submission. */
    private static String about(long id) {
        return "((serialized_event::jsonb ->> 'submissionId')::bigint = ? or serialized_event::jsonb ->> 'reference' = ?)";
    }

    private int count(long id, String condition) {
        return jdbc.sql("select count(*) from event_publication where " + about(id) + " and " + condition)
                .params(id, reference(id))
                .query(Integer.class)
                .single();
    }

    private String reference(long id) {
        return jdbc.sql("select reference from submission where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String decidedSubject(long id) {
        return "Votre proposition " + reference(id) + " à l'Annuaire de la paix\u00a0: une décision";
    }

    private static List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(DurableMailTest::subject)
                .toList();
    }

    private static String bodyWithSubject(String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return (String) message.getContent();
            }
        }
        throw new AssertionError("No mail with the subject " + subject);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
