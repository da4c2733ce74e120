package org.peacedirectory.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.OrganisationProfile.NetworkMembership;
import org.peacedirectory.organisation.OrganisationProfile.OfficialName;
import org.peacedirectory.system.JsonDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Reads a published profile, everything its page shows but related organisations, in one SQL statement:
 * the organisation's row, whether it has a logo, and its lists (countries of work, themes, links) as
 * arrays and its prose, networks, activities and sources of facts as JSON. Loading the entity took a statement per
 * collection (nine in all), each a round trip to the database, for a page that only reads. Also what the
 * open data API gives of a profile (every language at once), and what its HSDS output reads, a page or a
 * batch of profiles at a time: those read only profiles in the open data ({@code openData...}), the statement
 * leaving out the ones kept from it, so that no open data output has to.
 */
@Component
public class ProfileRows {

    /**
     * A published profile as the public may see it; countries and themes by code and slug. What its safety
     * settings hide (a contact field, the logo, the city) is null or false here, as the statement itself
     * leaves it out: no output built from a row can show it.
     */
    public record Row(
            long id,
            UUID uuid,
            String slug,
            String name,
            @Nullable String acronym,
            String sourceLanguage,
            @Nullable Integer foundingYear,
            @Nullable String city,
            String countryCode,
            List<String> countriesOfWork,
            List<String> themes,
            @Nullable String website,
            List<String> links,
            @Nullable String publicEmail,
            @Nullable String publicPhone,
            @Nullable String publicPostalAddress,
            @Nullable String publicContactPerson,
            boolean keptFromSearchEngines,
            VerificationLevel verification,
            @Nullable Instant verifiedAt,
            Instant publishedAt,
            Instant updatedAt,
            boolean demo,
            boolean managedByOrganisation,
            boolean hasLogo,
            Map<String, Prose> prose,
            List<NetworkMembership> networks,
            List<ActivityRow> activities,
            Map<Fact, Source> sources) {

        /** The source of a fact the row does not give (no founding year, a contact hidden or none) is left out too. */
        public Row {
            Map<Fact, Source> given = new EnumMap<>(Fact.class);
            given.putAll(sources);
            if (foundingYear == null) {
                given.remove(Fact.FOUNDING_YEAR);
            }
            if (website == null) {
                given.remove(Fact.WEBSITE);
            }
            if (publicEmail == null
                    && publicPhone == null
                    && publicPostalAddress == null
                    && publicContactPerson == null) {
                given.remove(Fact.CONTACT);
            }
            sources = Collections.unmodifiableMap(given);
        }

        /**
         * A text of the profile for a reader: in their language when it exists, else in the source language,
         * else in any language it is written in; null when written in none.
         */
        public @Nullable LocalizedText text(Locale reader, Function<Prose, @Nullable String> field) {
            return ProseSelector.select(sourceLanguage, prose, reader, field);
        }
    }

    /** One activity of the timeline, in the order of its position; {@code source} null when none is named. */
    public record ActivityRow(
            String level,
            @Nullable String date,
            int position,
            String text,
            String language,
            @Nullable Source source) {

        public ActivityRow {
            source = Source.orNull(source);
        }
    }

    private record ProseRow(String language, String name, String summary, String description) {}

    private record NetworkRow(
            @Nullable String acronym,
            String name,
            @Nullable String profileSlug,
            String role,
            String slug,
            String language,
            @Nullable Map<String, OfficialName> names,
            @Nullable Source source) {}

    private record FactSourceRow(String fact, Source source) {}

    /** A profile's columns, its lists as arrays and its prose, networks and activities as JSON. */
    private static final String SELECT = """
            select o.id, o.uuid, o.slug, o.name, o.acronym, o.source_language, o.founding_year, o.country_code,
                   case when o.location_precision = 'CITY' then o.city end as city,
                   o.website, o.verification_level, o.verified_at, o.created_at, o.updated_at, o.demo,
                   o.managed_by_organisation,
                   case when o.email_visibility = 'PUBLIC' then o.contact_email end as public_email,
                   case when o.phone_visibility = 'PUBLIC' then o.contact_phone end as public_phone,
                   case when o.postal_address_visibility = 'PUBLIC' then o.contact_postal_address end
                       as public_postal_address,
                   case when o.contact_person_visibility = 'PUBLIC' then o.contact_person end as public_contact_person,
                   o.kept_from_search_engines,
                   o.logo_visibility = 'PUBLIC'
                       and exists (select 1 from organisation_logo l where l.organisation_id = o.id) as has_logo,
                   array(select c.country_code from organisation_country c where c.organisation_id = o.id)
                       as countries_of_work,
                   array(select t.theme_slug from organisation_theme t where t.organisation_id = o.id) as themes,
                   array(select l.url from organisation_link l where l.organisation_id = o.id order by l.position)
                       as links,
                   (select json_agg(json_build_object('language', t.language, 'name', t.name,
                               'summary', t.summary, 'description', t.description))
                    from organisation_translation t where t.organisation_id = o.id) as prose,
                   (select json_agg(json_build_object('acronym', n.acronym, 'name', n.name,
                               'profileSlug', p.slug, 'role', m.role, 'slug', n.slug, 'language', n.language,
                               'names', (select json_object_agg(t.language, json_build_object('name', t.name,
                                             'acronym', t.acronym))
                                         from network_translation t where t.network_id = n.id and t.name is not null),
                               'source', json_build_object(
                                   'url', m.source_url, 'title', m.source_title, 'checked', m.source_checked))
                               order by n.name)
                    from organisation_network m join network n on n.id = m.network_id
                    left join organisation p on p.id = n.organisation_id
                    where m.organisation_id = o.id) as networks,
                   (select json_agg(json_build_object('level', a.level, 'date', a.date_edtf,
                               'position', a.position, 'text', a.text, 'language', a.language,
                               'source', json_build_object(
                                   'url', a.source_url, 'title', a.source_title, 'checked', a.source_checked))
                               order by a.position)
                    from activity a where a.organisation_id = o.id) as activities,
                   (select json_agg(json_build_object('fact', f.fact, 'source', json_build_object(
                               'url', f.source_url, 'title', f.source_title, 'checked', f.source_checked)))
                    from fact_source f where f.organisation_id = o.id) as sources
            from organisation o""";

    private final JdbcClient jdbc;
    private final JsonDocuments json;

    ProfileRows(JdbcClient jdbc, JsonDocuments json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String PUBLISHED = " o.publication_status = 'PUBLISHED'";

    /** Published and not kept from the open data (API, HSDS). */
    private static final String IN_OPEN_DATA = PUBLISHED + " and not o.kept_from_open_data";

    /** The published organisation at that address, as the public may see it (its page). */
    public Optional<Row> published(String slug) {
        return one(SELECT + " where o.slug = ? and" + PUBLISHED, slug);
    }

    /** The published organisation at that address, unless it is kept from the open data (the API's record). */
    public Optional<Row> openData(String slug) {
        return one(SELECT + " where o.slug = ? and" + IN_OPEN_DATA, slug);
    }

    /** The organisation of that UUID (its identifier in the HSDS output), when in the open data. */
    public Optional<Row> openData(UUID uuid) {
        return one(SELECT + " where o.uuid = ? and" + IN_OPEN_DATA, uuid);
    }

    /** Those of the given organisations in the open data, in the order of the ids. */
    public List<Row> openData(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where o.id = any(cast(? as bigint[])) and" + IN_OPEN_DATA)
                .param(ids.toArray(Long[]::new))
                .query((row, number) -> row(row))
                .list()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** At most so many organisations in the open data whose ids follow the given one, in the order of their ids. */
    public List<Row> openDataAfter(long id, int limit) {
        return jdbc.sql(SELECT + " where o.id > ? and" + IN_OPEN_DATA + " order by o.id limit ?")
                .params(id, limit)
                .query((row, number) -> row(row))
                .list();
    }

    private Optional<Row> one(String sql, Object key) {
        return jdbc.sql(sql).param(key).query((row, number) -> row(row)).optional();
    }

    private Row row(ResultSet row) throws SQLException {
        Map<String, Prose> prose = new LinkedHashMap<>();
        list(row.getString("prose"), new TypeReference<List<ProseRow>>() {})
                .forEach(
                        text -> prose.put(text.language(), new Prose(text.name(), text.summary(), text.description())));
        List<NetworkMembership> networks =
                list(row.getString("networks"), new TypeReference<List<NetworkRow>>() {}).stream()
                        .map(network -> {
                            Map<String, OfficialName> names = network.names();
                            return new NetworkMembership(
                                    network.acronym(),
                                    network.name(),
                                    network.profileSlug(),
                                    MembershipRole.valueOf(network.role()) == MembershipRole.FOUNDING_MEMBER,
                                    network.slug(),
                                    network.language(),
                                    names == null ? Map.of() : Map.copyOf(names),
                                    Source.orNull(network.source()));
                        })
                        .toList();
        Map<Fact, Source> sources = new EnumMap<>(Fact.class);
        list(row.getString("sources"), new TypeReference<List<FactSourceRow>>() {})
                .forEach(source -> sources.put(Fact.valueOf(source.fact()), source.source()));
        return new Row(
                row.getLong("id"),
                row.getObject("uuid", UUID.class),
                row.getString("slug"),
                row.getString("name"),
                row.getString("acronym"),
                row.getString("source_language"),
                (Integer) row.getObject("founding_year"),
                row.getString("city"),
                row.getString("country_code"),
                strings(row.getArray("countries_of_work")),
                strings(row.getArray("themes")),
                row.getString("website"),
                strings(row.getArray("links")),
                row.getString("public_email"),
                row.getString("public_phone"),
                row.getString("public_postal_address"),
                row.getString("public_contact_person"),
                row.getBoolean("kept_from_search_engines"),
                VerificationLevel.valueOf(row.getString("verification_level")),
                instant(row.getTimestamp("verified_at")),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getBoolean("demo"),
                row.getBoolean("managed_by_organisation"),
                row.getBoolean("has_logo"),
                prose,
                networks,
                list(row.getString("activities"), new TypeReference<List<ActivityRow>>() {}),
                sources);
    }

    /** A JSON array, or none when the sub-select found no rows (json_agg gives null). */
    private <T> List<T> list(@Nullable String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.read(text, type);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
