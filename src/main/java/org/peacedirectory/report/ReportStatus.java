package org.peacedirectory.report;

/** Where a report stands: open until a moderator resolves or dismisses it, and then for good. */
public enum ReportStatus {
    OPEN,
    /** The moderator acted on it (corrected, hid or removed what it was about). */
    RESOLVED,
    /** The moderator found nothing to do. */
    DISMISSED;

    /** Only an open report can be decided, once. */
    boolean canMoveTo(ReportStatus next) {
        return this == OPEN && next != OPEN;
    }
}
