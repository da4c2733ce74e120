package org.peacedirectory.moderation;

import java.util.Locale;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionDecided;
import org.peacedirectory.submission.SubmissionReview;
import org.peacedirectory.system.SentMail;
import org.peacedirectory.system.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the submitter, in their language, what the moderators decided, once the decision is committed and
 * only with a mail server ({@code spring.mail.host}). Spam is never announced (no event). Durable like the
 * acknowledgement (see {@code SubmissionMailer}): recorded with the decision, run after the commit on a
 * thread of its own, resubmitted if the mail server fails or a crash comes first, sent once
 * ({@link SentMail}). The outcome is the event's, not the submission's state when the mail leaves, which
 * a later resubmission or decision may have changed; the moderators' message goes with it only while the
 * submission still stands at that decision.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class DecisionMailer {

    private final SubmissionReview submissions;
    private final SentMail mail;
    private final MessageSource messages;
    private final SiteUrl siteUrl;
    private final String from;

    DecisionMailer(
            SubmissionReview submissions,
            SentMail mail,
            MessageSource messages,
            SiteUrl siteUrl,
            @Value("${directory.mail.from}") String from) {
        this.submissions = submissions;
        this.mail = mail;
        this.messages = messages;
        this.siteUrl = siteUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void tellSubmitter(SubmissionDecided decided) {
        Submission submission = submissions.find(decided.submissionId()).orElseThrow();
        Locale language = Locale.forLanguageTag(submission.getSubmitter().getLanguage());
        boolean stillThisDecision =
                submission.getStatus() == decided.outcome() && submission.getRevision() == decided.revision();
        String message = stillThisDecision ? submission.getDecision().message() : null;
        SimpleMailMessage told = new SimpleMailMessage();
        told.setFrom(from);
        told.setTo(submission.getSubmitter().getEmail());
        told.setSubject(
                messages.getMessage("mail.decided.subject", new Object[] {submission.getReference()}, language));
        told.setText(messages.getMessage(
                "mail.decided.body",
                new Object[] {
                    submission.getSubmitter().getName(),
                    submission.getReference(),
                    messages.getMessage("submission.status." + decided.outcome(), null, language),
                    message == null ? "" : message,
                    siteUrl.of("/submissions/{token}", submission.getTrackingToken())
                },
                language));
        mail.sendOnce("decided:" + decided.submissionId() + ":" + decided.revision() + ":" + decided.outcome(), told);
    }
}
