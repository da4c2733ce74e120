package org.peacedirectory.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@link ListedOrganisation}s in one SQL statement for any number of them (an export reads them in
 * batches): a row per translation, the countries and themes gathered as arrays. Published ones only.
 */
@Component
public class ListedOrganisations {

    /** One organisation's columns, with its translations' summaries gathered before picking the language. */
    private record Gathered(ListedOrganisation facts, String sourceLanguage, Map<String, Prose> prose) {}

    private final JdbcClient jdbc;

    ListedOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published ones of the given organisations, in the order of the ids. */
    public List<ListedOrganisation> inOrder(List<Long> ids, Locale reader) {
        Map<Long, ListedOrganisation> byId = byId(ids, reader);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<Long, ListedOrganisation> byId(List<Long> ids, Locale reader) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Gathered> byId = new HashMap<>();
        jdbc.sql("""
                select o.id, o.slug, o.name, o.acronym, o.source_language, o.country_code, o.founding_year,
                       o.website, o.verification_level, o.verified_at, o.created_at, o.updated_at,
                       array(select oc.country_code from organisation_country oc
                             where oc.organisation_id = o.id order by oc.country_code) as works_in,
                       array(select ot.theme_slug from organisation_theme ot
                             where ot.organisation_id = o.id order by ot.theme_slug) as themes,
                       t.language, t.summary
                from organisation o
                left join organisation_translation t on t.organisation_id = o.id
                where o.id = any(cast(:ids as bigint[])) and o.publication_status = 'PUBLISHED'""").param("ids", ids.toArray(Long[]::new)).query((ResultSet row) -> gather(row, byId));
        Map<Long, ListedOrganisation> listed = new HashMap<>();
        byId.forEach((id, gathered) -> listed.put(id, withSummary(gathered, reader)));
        return listed;
    }

    private static void gather(ResultSet row, Map<Long, Gathered> byId) throws SQLException {
        long id = row.getLong("id");
        Gathered gathered = byId.get(id);
        if (gathered == null) {
            gathered = new Gathered(facts(row), row.getString("source_language"), new HashMap<>());
            byId.put(id, gathered);
        }
        String language = row.getString("language");
        if (language != null) {
            gathered.prose().put(language, new Prose(null, row.getString("summary"), null));
        }
    }

    /** Everything but the summary, from the organisation's first row: every row of it repeats these. */
    private static ListedOrganisation facts(ResultSet row) throws SQLException {
        Timestamp verifiedAt = row.getTimestamp("verified_at");
        return new ListedOrganisation(
                row.getLong("id"),
                row.getString("slug"),
                row.getString("name"),
                row.getString("acronym"),
                row.getString("country_code"),
                strings(row.getArray("works_in")),
                strings(row.getArray("themes")),
                row.getObject("founding_year", Integer.class),
                row.getString("website"),
                VerificationLevel.valueOf(row.getString("verification_level")),
                verifiedAt == null ? null : verifiedAt.toInstant(),
                null,
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static ListedOrganisation withSummary(Gathered gathered, Locale reader) {
        ListedOrganisation facts = gathered.facts();
        @Nullable
        LocalizedText summary =
                ProseSelector.select(gathered.sourceLanguage(), gathered.prose(), reader, Prose::getSummary);
        return new ListedOrganisation(
                facts.id(),
                facts.slug(),
                facts.name(),
                facts.acronym(),
                facts.countryCode(),
                facts.worksIn(),
                facts.themes(),
                facts.foundingYear(),
                facts.website(),
                facts.verification(),
                facts.verifiedAt(),
                summary,
                facts.publishedAt(),
                facts.updatedAt());
    }

    private static Instant instant(ResultSet row, String notNullColumn) throws SQLException {
        return Objects.requireNonNull(row.getTimestamp(notNullColumn), "a column that is not null")
                .toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
