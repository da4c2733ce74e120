package org.peacedirectory.moderation;

import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.submission.SubmissionResubmitted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs the submitter's resubmission in the same transaction as the resubmission itself. */
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
