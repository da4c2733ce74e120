package org.peacedirectory.report;

/** A decision on a report that was decided already (by another moderator, or a second click). */
public class IllegalReportTransitionException extends RuntimeException {

    IllegalReportTransitionException(long reportId, ReportStatus from, ReportStatus to) {
        super("Report " + reportId + " cannot go from " + from + " to " + to);
    }
}
