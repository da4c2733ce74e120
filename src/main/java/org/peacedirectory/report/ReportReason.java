package org.peacedirectory.report;

/** Why a reader reports a problem with a profile: the form's choices, in the order it shows them. */
public enum ReportReason {
    /** This information puts people at risk: handled before everything else. */
    PUTS_PEOPLE_AT_RISK,
    INFORMATION_WRONG,
    ORGANISATION_CLOSED,
    NOT_PEACEBUILDING,
    DUPLICATE,
    OTHER;

    /** Pattern the form's answer must match: one of the names. */
    static final String NAMES =
            "PUTS_PEOPLE_AT_RISK|INFORMATION_WRONG|ORGANISATION_CLOSED|NOT_PEACEBUILDING|DUPLICATE|OTHER";

    /** A report that says the profile puts people at risk: marked and shown first in the queue. */
    public boolean isUrgent() {
        return this == PUTS_PEOPLE_AT_RISK;
    }
}
