package org.peacedirectory.moderation;

import org.peacedirectory.FormSession;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes a new organisation as it happens for real: submitted through the form, approved by a moderator. */
public final class Approvals {

    private Approvals() {
    }

    public static Organisation approveNew(ApplicationContext app, int port, String name) {
        SubmissionTestSupport support = app.getBean(SubmissionTestSupport.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long id = support.submit(new FormSession(port, "en"), app.getBean(FormStamp.class), name);
        long version = jdbc.sql("select version from submission where id = ?").param(id).query(Long.class).single();
        return app.getBean(Decisions.class).approve(id, version, VerificationChoice.KEEP,
                Moderators.create(jdbc, "Amani"));
    }
}
