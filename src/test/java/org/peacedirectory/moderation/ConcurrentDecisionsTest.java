package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two moderators deciding at the same moment: exactly one decision takes effect. */
@DirectoryTest
class ConcurrentDecisionsTest {

    @LocalServerPort
    int port;

    @Autowired
    Decisions decisions;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void twoSimultaneousApprovalsPublishOneOrganisationWithOneLogEntry() throws Exception {
        long id = support.submit(new FormSession(port, "en"), stamps, "Concurrent Approval Org");
        long version = jdbc.sql("select version from submission where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        ModeratorPrincipal alice = Moderators.create(jdbc, "Alice");
        ModeratorPrincipal bruno = Moderators.create(jdbc, "Bruno");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (ModeratorPrincipal moderator : List.of(alice, bruno)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    decisions.approve(id, version, VerificationChoice.KEEP, moderator);
                    return "approved";
                } catch (ConflictException | OptimisticLockingFailureException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "conflict");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Concurrent Approval Org'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from moderation_log where submission_id = ? and action = 'SUBMISSION_APPROVED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * The interleaving that matters, made certain: the second moderator loaded the same version, the
     * first has updated the row but not committed; the second waits on the row, then fails.
     */
    @Test
    void aSecondApprovalOfTheSameVersionWaitsForTheFirstThenFailsWithoutWritingAnything() throws Exception {
        long id = support.submit(new FormSession(port, "en"), stamps, "Interleaved Approval Org");
        long version = jdbc.sql("select version from submission where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        ModeratorPrincipal first = Moderators.create(jdbc, "First");
        ModeratorPrincipal second = Moderators.create(jdbc, "Second");
        CountDownLatch firstUpdated = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        Future<?> firstApproval =
                pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    decisions.approve(
                            id, version, VerificationChoice.KEEP, first); // joins: updated, locked, not committed
                    firstUpdated.countDown();
                    awaitQuietly(firstMayCommit);
                }));
        assertThat(firstUpdated.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Throwable> secondApproval = pool.submit(() -> {
            try {
                decisions.approve(id, version, VerificationChoice.KEEP, second);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        waitUntilABackendWaitsOnALock();
        firstMayCommit.countDown();
        firstApproval.get(30, TimeUnit.SECONDS);
        Throwable secondOutcome = secondApproval.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(secondOutcome).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Interleaved Approval Org'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select actor_name from moderation_log where submission_id = ? and action = 'SUBMISSION_APPROVED'")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("First");
    }

    private void waitUntilABackendWaitsOnALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(System.nanoTime())
                    .as("the second approval waits on the row lock")
                    .isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theModerationLogRefusesUpdatesAndDeletes() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Append Only Org");
        ModeratorPrincipal carla = Moderators.create(jdbc, "Carla");
        long version = jdbc.sql("select version from submission where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        decisions.markAsSpam(id, version, carla);

        assertThat(catchThrowable(
                        () -> jdbc.sql("update moderation_log set reason = 'rewritten' where submission_id = ?")
                                .param(id)
                                .update()))
                .hasMessageContaining("append-only");
        assertThat(catchThrowable(() -> jdbc.sql("delete from moderation_log where submission_id = ?")
                        .param(id)
                        .update()))
                .hasMessageContaining("append-only");
    }
}
