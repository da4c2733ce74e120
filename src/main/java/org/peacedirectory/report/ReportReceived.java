package org.peacedirectory.report;

/**
 * A report with a reply address was stored. It names the report by its id; the acknowledgement reads the
 * rest after the commit, so no personal data waits in the event publication registry.
 */
record ReportReceived(long reportId) {}
