package org.peacedirectory.report;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open reports as the moderators' queue lists them: urgent safety reports first, then oldest first. */
@Component
public class ReportQueue {

    /** One open report. */
    public record Row(
            long id, String reason, boolean urgent, String organisationName, long organisationId, Instant createdAt) {}

    /** At most so many rows are listed; the count says how many there are. */
    public static final int LIMIT = 100;

    private final JdbcClient jdbc;

    ReportQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> open() {
        return jdbc.sql("""
                select r.id, r.reason, r.reason = 'PUTS_PEOPLE_AT_RISK' as urgent, o.name as organisation_name,
                       o.id as organisation_id, r.created_at
                from problem_report r join organisation o on o.id = r.organisation_id
                where r.status = 'OPEN'
                order by (r.reason = 'PUTS_PEOPLE_AT_RISK') desc, r.created_at, r.id
                limit :limit""").param("limit", LIMIT).query(Row.class).list();
    }
}
