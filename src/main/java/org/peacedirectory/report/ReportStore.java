package org.peacedirectory.report;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a report, and the event for its acknowledgement mail, in one transaction. */
@Service
class ReportStore {

    private final ProblemReports reports;
    private final ApplicationEventPublisher events;

    ReportStore(ProblemReports reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @Transactional
    long store(ProblemReport report) {
        ProblemReport saved = reports.saveAndFlush(report);
        if (saved.getReplyEmail() != null) {
            events.publishEvent(new ReportReceived(saved.getId()));
        }
        return saved.getId();
    }

    @Transactional(readOnly = true)
    Optional<Long> idOfForm(String formKey) {
        return reports.findByFormKey(formKey).map(ProblemReport::getId);
    }
}
