package org.peacedirectory.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each mail at most once, whichever instance or retry of its listener sends it. The mail listeners
 * run from Spring Modulith's event publication registry, which may hand the same publication to a second
 * run (a publication left by a crashed instance is marked failed and resubmitted while the first run may
 * still be sending it; two instances may resubmit at once). So each mail has a key (what it is about),
 * written to {@code sent_mail} in the listener's transaction before the mail leaves: a second run with the
 * same key waits on that row until the first one's transaction ends, then finds it and sends nothing. If
 * the sending fails, the exception rolls the key back and leaves the publication incomplete, to be sent
 * again later. Only a crash after the mail left and before the commit sends it twice (at least once, never
 * lost). The transaction holds a database connection while the mail is sent: the SMTP timeouts and the
 * listeners' pool ({@code spring.mail.properties.mail.smtp.*timeout}, {@code spring.task.execution.pool.*})
 * bound that.
 * <p>
 * Exists only with a mail server ({@code spring.mail.host}), as do the mail listeners: without one, no
 * listener hears the events and nothing is recorded for them.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class SentMail {

    private final JavaMailSender sender;
    private final JdbcClient jdbc;

    SentMail(JavaMailSender sender, JdbcClient jdbc) {
        this.sender = sender;
        this.jdbc = jdbc;
    }

    /**
     * Sends the mail unless the mail with this key was sent already; throws if the server refuses it or
     * cannot be reached, so that the caller's transaction rolls back and its event stays to be retried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendOnce(String key, SimpleMailMessage mail) throws MailException {
        int claimed = jdbc.sql("insert into sent_mail (mail_key) values (?) on conflict do nothing")
                .param(key)
                .update();
        if (claimed == 1) {
            sender.send(mail);
        }
    }
}
