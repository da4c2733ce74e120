package org.peacedirectory.moderation;

import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.submission.SubmissionResubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the submitter's resubmission in the same transaction as the resubmission itself: a plain, synchronous
 * listener, not an {@code @ApplicationModuleListener}, because the append-only log must hold a line for
 * every change it records, committed with the change or not at all (and shown on the next page). The event
 * is published by the submission when it is saved, inside that transaction.
 */
@Component
class ResubmissionLogger {

    private final ModerationLog log;

    ResubmissionLogger(ModerationLog log) {
        this.log = log;
    }

    @EventListener
    void logged(SubmissionResubmitted resubmitted) {
        log.recordBySubmitter(ModerationAction.SUBMISSION_RESUBMITTED, Target.submission(resubmitted.submissionId()));
    }
}
