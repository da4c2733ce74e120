package org.peacedirectory.moderation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The review queue's tabs, their rows and their counts, read in plain SQL. */
@Component
class Queue {

    /** The queue's tabs: what each shows, and in which order. */
    enum Tab {
        // What an organisation proposes for its own profile (signed in, its claim accepted) comes first.
        PENDING("s.status = 'PENDING'", "s.from_organisation desc, s.created_at, s.id"),
        CHANGES_REQUESTED("s.status = 'CHANGES_REQUESTED'", "s.decided_at desc, s.id"),
        MINE(
                "s.status in ('PENDING', 'CHANGES_REQUESTED') and s.claimed_by = :me",
                "s.from_organisation desc, s.created_at, s.id"),
        DECIDED(
                "s.status in ('APPROVED', 'REJECTED') and s.decided_at > now() - interval '30 days'",
                "s.decided_at desc, s.id"),
        SPAM("s.status = 'SPAM'", "s.decided_at desc, s.id");

        final String condition;
        final String order;

        Tab(String condition, String order) {
            this.condition = condition;
            this.order = order;
        }
    }

    /** One submission as the queue lists it. */
    record Row(
            long id,
            String reference,
            String kind,
            String status,
            String name,
            String countryCode,
            Instant createdAt,
            @Nullable Long claimedBy,
            @Nullable String claimedByName,
            @Nullable Instant decidedAt,
            boolean fromOrganisation) {}

    /**
     * The tabs' counts, and what else waits for a moderator on the queue page: open problem reports,
     * organisations' requests to show something again, claims confirmed by their claimants.
     */
    record Counts(Map<Tab, Integer> tabs, int openReports, int showingRequests, int claimsToDecide) {}

    private static final int LIMIT = 100;

    private final JdbcClient jdbc;

    Queue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> rows(Tab tab, long me) {
        return jdbc.sql("""
                select s.id, s.reference, s.kind, s.status, s.proposal ->> 'name' as name,
                       s.proposal ->> 'countryCode' as country_code, s.created_at, s.claimed_by,
                       a.display_name as claimed_by_name, s.decided_at, s.from_organisation
                from submission s left join account a on a.id = s.claimed_by
                where %s order by %s limit %d""".formatted(tab.condition, tab.order, LIMIT))
                .param("me", me)
                .query(Row.class)
                .list();
    }

    /**
     * Every count the page shows, in one statement: so the page reads the lists of reports and requests
     * only when there are some.
     */
    Counts counts(long me) {
        StringBuilder columns = new StringBuilder();
        for (Tab tab : Tab.values()) {
            columns.append("count(*) filter (where ")
                    .append(tab.condition)
                    .append(") as ")
                    .append(tab.name())
                    .append(", ");
        }
        return jdbc.sql("select " + columns + """
                        (select count(*) from problem_report where status = 'OPEN') as open_reports,
                        (select count(*) from safety_request) as showing_requests,
                        (select count(*) from profile_claim where status = 'CONFIRMED') as claims_to_decide
                        from submission s""")
                .param("me", me)
                .query((row, number) -> {
                    Map<Tab, Integer> tabs = new EnumMap<>(Tab.class);
                    for (Tab tab : Tab.values()) {
                        tabs.put(tab, row.getInt(tab.name()));
                    }
                    return new Counts(
                            tabs,
                            row.getInt("open_reports"),
                            row.getInt("showing_requests"),
                            row.getInt("claims_to_decide"));
                })
                .single();
    }
}
