package org.peacedirectory.moderation;

import java.time.Clock;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.report.ProblemReport;
import org.peacedirectory.report.ProblemReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decision on a reported problem, each in one transaction with its log line. Each takes the
 * version the moderator saw: if the report changed since (another moderator decided it), nothing happens
 * and they are told ({@link ConflictException}, the 409 page).
 */
@Service
class ReportDecisions {

    private final ProblemReports reports;
    private final ModerationLog log;
    private final Clock clock;

    ReportDecisions(ProblemReports reports, ModerationLog log, Clock clock) {
        this.reports = reports;
        this.log = log;
        this.clock = clock;
    }

    /** The moderator acted on the report (corrected or hid what it was about). */
    @Transactional
    public void resolve(long reportId, long seenVersion, String note, ModeratorPrincipal moderator) {
        ProblemReport report = load(reportId, seenVersion);
        report.resolve(moderator.getAccountId(), note, clock.instant());
        reports.saveAndFlush(report);
        log.record(moderator.asLogActor(), ModerationAction.REPORT_RESOLVED, target(report, note));
    }

    /** The moderator found nothing to change. */
    @Transactional
    public void dismiss(long reportId, long seenVersion, String note, ModeratorPrincipal moderator) {
        ProblemReport report = load(reportId, seenVersion);
        report.dismiss(moderator.getAccountId(), note, clock.instant());
        reports.saveAndFlush(report);
        log.record(moderator.asLogActor(), ModerationAction.REPORT_DISMISSED, target(report, note));
    }

    /** The profile concerned, and why: the report's number and the moderator's note. */
    private static Target target(ProblemReport report, String note) {
        return Target.organisation(report.getOrganisationId()).because("#" + report.getId() + ": " + note);
    }

    private ProblemReport load(long reportId, long seenVersion) {
        ProblemReport report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        if (report.getVersion() != seenVersion) {
            throw new ConflictException("Report", reportId);
        }
        return report;
    }
}
