package org.peacedirectory.submission;

import java.util.Locale;
import org.peacedirectory.system.SentMail;
import org.peacedirectory.system.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledges a submission by mail, in the submitter's language, once it is committed. Exists only with a
 * mail server ({@code spring.mail.host}); without one nothing is sent. It runs after the commit on a thread
 * of its own, in its own transaction, and is durable: Spring Modulith records the event for it in the same
 * transaction as the submission, so a mail server that fails or a crash before the mail left only delays
 * the mail (the publication stays incomplete and is resubmitted), and {@link SentMail} sends it once. A
 * failing mail server never loses a submission.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class SubmissionMailer {

    private final Submissions submissions;
    private final SentMail mail;
    private final MessageSource messages;
    private final SiteUrl siteUrl;
    private final String from;

    SubmissionMailer(
            Submissions submissions,
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
    void acknowledge(SubmissionReceived received) {
        Submission submission =
                submissions.findByReference(received.reference()).orElseThrow();
        Submitter submitter = submission.getSubmitter();
        Locale language = Locale.forLanguageTag(submitter.getLanguage());
        SimpleMailMessage acknowledgement = new SimpleMailMessage();
        acknowledgement.setFrom(from);
        acknowledgement.setTo(submitter.getEmail());
        acknowledgement.setSubject(
                messages.getMessage("mail.received.subject", new Object[] {submission.getReference()}, language));
        acknowledgement.setText(messages.getMessage(
                "mail.received.body",
                new Object[] {
                    submitter.getName(),
                    submission.getReference(),
                    siteUrl.of("/submissions/{token}", submission.getTrackingToken())
                },
                language));
        mail.sendOnce("received:" + submission.getReference(), acknowledgement);
    }
}
