package org.peacedirectory.moderation;

import org.peacedirectory.FormSession;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes a new organisation as it happens for real: submitted through the form, approved by a moderator. */
public final class Approvals {

    private Approvals() {}

    public static Organisation approveNew(ApplicationContext app, int port, String name) {
        SubmissionTestSupport support = app.getBean(SubmissionTestSupport.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long id = support.submit(new FormSession(port, "en"), app.getBean(FormStamp.class), name);
        return approve(app, id);
    }

    /** Approves a pending submission (a new organisation or a change) as a moderator, keeping the badge. */
    public static Organisation approve(ApplicationContext app, long submissionId) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        return app.getBean(Decisions.class)
                .approve(
                        submissionId,
                        submissionVersion(jdbc, submissionId),
                        VerificationChoice.KEEP,
                        Moderators.create(jdbc, "Amani"));
    }

    /** A submission's version, as a moderator's form sends it back with a decision. */
    static long submissionVersion(JdbcClient jdbc, long submissionId) {
        return jdbc.sql("select version from submission where id = ?")
                .param(submissionId)
                .query(Long.class)
                .single();
    }
}
