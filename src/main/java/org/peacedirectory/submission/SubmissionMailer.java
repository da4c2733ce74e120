package org.peacedirectory.submission;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Acknowledges a submission by mail, in the submitter's language, once it is committed. Without
 * {@code spring.mail.*} settings there is no mail sender and nothing is sent; a failing mail server
 * never loses a submission.
 */
@Component
class SubmissionMailer {

    private static final Logger log = LoggerFactory.getLogger(SubmissionMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;

    SubmissionMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${directory.mail.from}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener
    void acknowledge(SubmissionReceived received) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Locale language = Locale.forLanguageTag(received.language());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(received.submitterEmail());
        mail.setSubject(messages.getMessage("mail.received.subject", new Object[] {received.reference()}, language));
        mail.setText(messages.getMessage("mail.received.body",
                new Object[] {received.submitterName(), received.reference(), received.trackingUrl()}, language));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("Could not send the acknowledgement of {}: {}", received.reference(), e.getMessage());
        }
    }
}
