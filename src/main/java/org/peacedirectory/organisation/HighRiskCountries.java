package org.peacedirectory.organisation;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The countries a moderator marked as high-risk (table {@code high_risk_country}): new profiles there start
 * with contacts and logo hidden and the location at country level. Changed through {@link ProfileSafety}, which
 * logs it.
 */
@Component
class HighRiskCountries {

    private final JdbcClient jdbc;

    HighRiskCountries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(String countryCode) {
        return jdbc.sql("select exists (select 1 from high_risk_country where country_code = ?)")
                .param(countryCode)
                .query(Boolean.class)
                .single();
    }

    /** The codes, in order. */
    List<String> codes() {
        return jdbc.sql("select country_code from high_risk_country order by country_code")
                .query(String.class)
                .list();
    }

    /** Whether it was not marked yet. */
    boolean mark(String countryCode, long by, Instant now) {
        return jdbc.sql("""
                insert into high_risk_country (country_code, marked_at, marked_by) values (?, ?, ?)
                on conflict (country_code) do nothing""")
                        .params(countryCode, java.sql.Timestamp.from(now), by)
                        .update()
                == 1;
    }

    /** Whether it was marked. */
    boolean unmark(String countryCode) {
        return jdbc.sql("delete from high_risk_country where country_code = ?")
                        .param(countryCode)
                        .update()
                == 1;
    }
}
