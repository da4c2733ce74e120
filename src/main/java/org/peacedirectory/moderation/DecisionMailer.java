package org.peacedirectory.moderation;

import java.util.Locale;

import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionReview;
import org.peacedirectory.system.SiteUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the submitter, in their language, what the moderators decided, once the decision is committed
 * and only when mail is configured. Spam is never announced.
 */
@Component
class DecisionMailer {

    private static final Logger log = LoggerFactory.getLogger(DecisionMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SubmissionReview submissions;
    private final MessageSource messages;
    private final String from;
    private final SiteUrl siteUrl;

    DecisionMailer(ObjectProvider<JavaMailSender> mailSender, SubmissionReview submissions, MessageSource messages,
            @Value("${directory.mail.from}") String from, SiteUrl siteUrl) {
        this.mailSender = mailSender;
        this.submissions = submissions;
        this.messages = messages;
        this.from = from;
        this.siteUrl = siteUrl;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void tellSubmitter(SubmissionDecided decided) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Submission submission = submissions.find(decided.submissionId()).orElseThrow();
        Locale language = Locale.forLanguageTag(submission.getSubmitter().getLanguage());
        String trackingUrl = siteUrl.of("/submissions/{token}", submission.getTrackingToken());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(submission.getSubmitter().getEmail());
        mail.setSubject(messages.getMessage("mail.decided.subject", new Object[] {submission.getReference()},
                language));
        mail.setText(messages.getMessage("mail.decided.body", new Object[] {submission.getSubmitter().getName(),
                submission.getReference(),
                messages.getMessage("submission.status." + submission.getStatus(), null, language),
                submission.getDecision().message() == null ? "" : submission.getDecision().message(), trackingUrl},
                language));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Could not tell the submitter of {} about the decision: {}", submission.getReference(),
                    e.getMessage());
        }
    }
}
