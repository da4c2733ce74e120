package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.IllegalTransitionException;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The status of a submission only moves the ways the guarded transitions allow, and each move is logged. */
@DirectoryTest
class SubmissionTransitionsTest {

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

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void refusesToApproveARejectedSubmission() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Rejected Then Approved Org");
        ModeratorPrincipal dana = Moderators.create(jdbc, "Dana");
        decisions.reject(id, Approvals.submissionVersion(jdbc, id), DecisionReason.DUPLICATE, "Already listed.", dana);

        assertThatThrownBy(() ->
                        decisions.approve(id, Approvals.submissionVersion(jdbc, id), VerificationChoice.KEEP, dana))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Rejected Then Approved Org'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesADecisionTakenOnAVersionThatIsNoLongerCurrent() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Stale Version Org");
        ModeratorPrincipal emil = Moderators.create(jdbc, "Emil");
        long seen = Approvals.submissionVersion(jdbc, id);
        decisions.claim(id, seen, emil);

        assertThatThrownBy(() -> decisions.markAsSpam(id, seen, emil)).isInstanceOf(ConflictException.class);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void logsATakeOverWhenAnotherModeratorClaimsAClaimedSubmission() {
        long id = support.submit(new FormSession(port, "en"), stamps, "Taken Over Org");
        ModeratorPrincipal fatou = Moderators.create(jdbc, "Fatou");
        ModeratorPrincipal gabriel = Moderators.create(jdbc, "Gabriel");

        decisions.claim(id, Approvals.submissionVersion(jdbc, id), fatou);
        decisions.claim(id, Approvals.submissionVersion(jdbc, id), gabriel);

        assertThat(jdbc.sql("select action from moderation_log where submission_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("SUBMISSION_CLAIMED", "SUBMISSION_TAKEN_OVER");
        assertThat(jdbc.sql("select claimed_by from submission where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(gabriel.getAccountId());
    }

    private String status(long id) {
        return jdbc.sql("select status from submission where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
