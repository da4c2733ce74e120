package org.peacedirectory.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.JsonDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Reads a network's page in two statements: the network, its texts in every language, how many published
 * organisations belong to it and the ids of one page of them (by name); then their summaries. A network no
 * published organisation belongs to has no page: its name may come from a proposal nobody approved.
 */
@Component
public class NetworkPages {

    /** Members listed on one page. */
    static final int PAGE_SIZE = 50;

    private record Texts(
            @Nullable String name,
            @Nullable String acronym,
            @Nullable String description) {}

    private record Row(
            String slug,
            String name,
            @Nullable String acronym,
            String language,
            @Nullable String website,
            @Nullable String profileSlug,
            Map<String, Texts> texts,
            long members,
            List<Long> memberIds) {}

    private final JdbcClient jdbc;
    private final JsonDocuments json;
    private final SummaryRows summaries;

    NetworkPages(JdbcClient jdbc, JsonDocuments json, SummaryRows summaries) {
        this.jdbc = jdbc;
        this.json = json;
        this.summaries = summaries;
    }

    /** The page of the network at that address for a reader, with the given page of members (from 1). */
    @Transactional(readOnly = true)
    public NetworkPage page(String slug, int page, Locale reader) {
        int shown = Math.max(1, page);
        Row row = row(slug, shown).orElseThrow(() -> new NetworkNotFoundException(slug));
        Map<Long, OrganisationSummary> byId = summaries.byId(row.memberIds(), reader);
        String language = reader.getLanguage();
        Texts own = row.texts().get(language);
        String translatedName = own == null ? null : own.name();
        String translatedAcronym = own == null ? null : own.acronym();
        TreeSet<String> describedIn = new TreeSet<>();
        row.texts().forEach((textLanguage, texts) -> {
            if (texts.description() != null) {
                describedIn.add(textLanguage);
            }
        });
        return new NetworkPage(
                row.slug(),
                translatedName != null
                        ? new LocalizedText(translatedName, language, true, List.of(language))
                        : new LocalizedText(
                                row.name(), row.language(), row.language().equals(language), List.of()),
                translatedName != null ? translatedAcronym : row.acronym(),
                description(row, language, describedIn),
                row.website(),
                row.profileSlug(),
                row.members(),
                row.memberIds().stream().map(byId::get).filter(Objects::nonNull).toList(),
                shown,
                (int) Math.max(1, (row.members() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** In the reader's language, else in the network's own, else in the first language it is written in. */
    private static @Nullable LocalizedText description(Row row, String reader, TreeSet<String> describedIn) {
        if (describedIn.isEmpty()) {
            return null;
        }
        String chosen = describedIn.contains(reader)
                ? reader
                : describedIn.contains(row.language()) ? row.language() : describedIn.first();
        Texts texts = Objects.requireNonNull(row.texts().get(chosen));
        return new LocalizedText(
                Objects.requireNonNull(texts.description()), chosen, chosen.equals(reader), List.copyOf(describedIn));
    }

    private Optional<Row> row(String slug, int page) {
        return jdbc.sql("""
                select n.slug, n.name, n.acronym, n.language, n.website, p.slug as profile_slug,
                       (select json_object_agg(t.language, json_build_object('name', t.name, 'acronym', t.acronym,
                                   'description', t.description))
                        from network_translation t where t.network_id = n.id) as texts,
                       (select count(*) from organisation_network m join organisation o on o.id = m.organisation_id
                        where m.network_id = n.id and o.publication_status = 'PUBLISHED') as members,
                       array(select o.id from organisation_network m join organisation o on o.id = m.organisation_id
                             where m.network_id = n.id and o.publication_status = 'PUBLISHED'
                             order by o.name_sort, o.id limit :limit offset :offset) as member_ids
                from network n
                left join organisation p on p.id = n.organisation_id and p.publication_status = 'PUBLISHED'
                where n.slug = :slug""")
                .param("slug", slug)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((result, number) -> row(result))
                .optional()
                .filter(row -> row.members() > 0);
    }

    private Row row(ResultSet result) throws SQLException {
        String texts = result.getString("texts");
        return new Row(
                result.getString("slug"),
                result.getString("name"),
                result.getString("acronym"),
                result.getString("language"),
                result.getString("website"),
                result.getString("profile_slug"),
                texts == null ? Map.of() : json.read(texts, new TypeReference<Map<String, Texts>>() {}),
                result.getLong("members"),
                Arrays.asList((Long[]) result.getArray("member_ids").getArray()));
    }
}
