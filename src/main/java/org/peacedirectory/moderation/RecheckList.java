package org.peacedirectory.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.VerificationPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The moderators' "to re-check" list: published profiles whose verification is old (given longer ago than
 * {@code directory.verification.valid-for}, by the app's clock), oldest first, in one plain SQL statement
 * on the partial index {@code ix_organisation_verified_at}.
 */
@Component
class RecheckList {

    /** A profile to check again, and how many there are in all. */
    record Row(
            long id,
            String slug,
            String name,
            String countryCode,
            String verificationLevel,
            Instant verifiedAt,
            @Nullable String verifiedByName,
            long version,
            long total) {}

    static final int LIMIT = 100;

    private final JdbcClient jdbc;
    private final VerificationPolicy policy;

    RecheckList(JdbcClient jdbc, VerificationPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The oldest ones, at most {@link #LIMIT}; each row also carries the count of all of them. */
    List<Row> oldestFirst() {
        return jdbc.sql("""
                select o.id, o.slug, o.name, o.country_code, o.verification_level, o.verified_at,
                       a.display_name as verified_by_name, o.version, count(*) over () as total
                from organisation o left join account a on a.id = o.verified_by
                where o.publication_status = 'PUBLISHED' and o.verification_level <> 'NOT_YET_VERIFIED'
                  and o.verified_at <= :oldBefore
                order by o.verified_at, o.id
                limit :limit""")
                .param("oldBefore", Timestamp.from(policy.oldBefore()))
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
    }
}
