package org.peacedirectory.report;

import java.util.Locale;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.system.SentMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledges a report by mail to the reporter who gave an address, in their language, once it is
 * committed: durable as the submission's acknowledgement is (the event is recorded with the report, a
 * failing mail server only delays the mail, {@link SentMail} sends it once). Exists only with a mail server
 * ({@code spring.mail.host}).
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReportMailer {

    private final ProblemReports reports;
    private final Organisations organisations;
    private final SentMail mail;
    private final MessageSource messages;
    private final String from;

    ReportMailer(
            ProblemReports reports,
            Organisations organisations,
            SentMail mail,
            MessageSource messages,
            @Value("${directory.mail.from}") String from) {
        this.reports = reports;
        this.organisations = organisations;
        this.mail = mail;
        this.messages = messages;
        this.from = from;
    }

    @ApplicationModuleListener
    void acknowledge(ReportReceived received) {
        ProblemReport report = reports.findById(received.reportId()).orElseThrow();
        String to = report.getReplyEmail();
        if (to == null) {
            return;
        }
        String name = organisations
                .findById(report.getOrganisationId())
                .map(organisation -> organisation.getName())
                .orElse("");
        Locale language = Locale.forLanguageTag(report.getLanguage());
        SimpleMailMessage acknowledgement = new SimpleMailMessage();
        acknowledgement.setFrom(from);
        acknowledgement.setTo(to);
        acknowledgement.setSubject(messages.getMessage("mail.report.subject", new Object[] {name}, language));
        acknowledgement.setText(messages.getMessage("mail.report.body", new Object[] {name}, language));
        mail.sendOnce("report:" + report.getId(), acknowledgement);
    }
}
