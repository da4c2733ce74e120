package org.peacedirectory.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the summaries that lists show (search results, countries, themes, home) in one plain SQL
 * statement: lists are the busiest pages, and mapping whole entities with their descriptions for a
 * name and a summary cost more than the query itself.
 */
@Component
class SummaryRows {

    /** What one organisation's rows carry, gathered before picking the reader's language. */
    private static final class Gathered {
        final String slug;
        final String name;
        final @Nullable String acronym;
        final String sourceLanguage;
        final String countryCode;
        final String countryEn;
        final String countryFr;
        final VerificationLevel verification;
        final @Nullable Instant verifiedAt;
        final boolean demo;
        final Map<String, Prose> prose = new HashMap<>();

        /** From the organisation's first row: every row of it repeats these columns. */
        Gathered(ResultSet row) throws SQLException {
            slug = row.getString("slug");
            name = row.getString("name");
            acronym = row.getString("acronym");
            sourceLanguage = row.getString("source_language");
            verification = VerificationLevel.valueOf(row.getString("verification_level"));
            Timestamp verified = row.getTimestamp("verified_at");
            verifiedAt = verified == null ? null : verified.toInstant();
            demo = row.getBoolean("demo");
            countryCode = row.getString("code");
            countryEn = row.getString("name_en");
            countryFr = row.getString("name_fr");
        }
    }

    private final JdbcClient jdbc;
    private final VerificationPolicy verification;

    SummaryRows(JdbcClient jdbc, VerificationPolicy verification) {
        this.jdbc = jdbc;
        this.verification = verification;
    }

    /** The summaries of the given organisations by id; unknown ids are left out. */
    Map<Long, OrganisationSummary> byId(List<Long> ids, Locale reader) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Gathered> byId = new HashMap<>();
        jdbc.sql("""
                select o.id, o.slug, o.name, o.acronym, o.source_language, o.verification_level, o.verified_at, o.demo,
                       c.code, c.name_en, c.name_fr, t.language, t.name as translated_name, t.summary
                from organisation o
                join country c on c.code = o.country_code
                left join organisation_translation t on t.organisation_id = o.id
                where o.id = any(cast(:ids as bigint[]))""").param("ids", ids.toArray(Long[]::new)).query((ResultSet row) -> gather(row, byId));
        Map<Long, OrganisationSummary> summaries = new HashMap<>();
        byId.forEach((id, gathered) -> summaries.put(id, summary(gathered, reader)));
        return summaries;
    }

    private static void gather(ResultSet row, Map<Long, Gathered> byId) throws SQLException {
        long id = row.getLong("id");
        Gathered gathered = byId.get(id);
        if (gathered == null) {
            gathered = new Gathered(row);
            byId.put(id, gathered);
        }
        String language = row.getString("language");
        if (language != null) {
            gathered.prose.put(language, new Prose(row.getString("translated_name"), row.getString("summary"), null));
        }
    }

    private OrganisationSummary summary(Gathered gathered, Locale reader) {
        return OrganisationDirectory.summary(
                gathered.slug,
                gathered.name,
                gathered.acronym,
                gathered.sourceLanguage,
                gathered.prose,
                Country.name(reader, gathered.countryEn, gathered.countryFr),
                gathered.countryCode.toLowerCase(Locale.ROOT),
                gathered.verification,
                verification.isOld(gathered.verification, gathered.verifiedAt),
                gathered.demo,
                reader);
    }
}
