package org.peacedirectory.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published organisations in the same country whose name or acronym looks like the one being
 * submitted (trigram similarity, accents and case ignored), so that the submitter can suggest an
 * edit instead of creating a second profile.
 */
@Component
public class PossibleDuplicates {

    public record Match(String slug, String name, @Nullable String acronym) {}

    private static final int LIMIT = 5;

    private final JdbcClient jdbc;

    PossibleDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Match> of(@Nullable String name, @Nullable String acronym, @Nullable String countryCode) {
        if (name == null || countryCode == null) {
            return List.of();
        }
        return jdbc.sql("""
                select o.slug, o.name, o.acronym from organisation o
                where o.publication_status = 'PUBLISHED' and o.country_code = upper(:country)
                  and (lower(immutable_unaccent(o.name)) % lower(immutable_unaccent(:name))
                       or (cast(:acronym as text) is not null
                           and lower(immutable_unaccent(o.acronym)) % lower(immutable_unaccent(:acronym))))
                order by greatest(similarity(lower(immutable_unaccent(o.name)), lower(immutable_unaccent(:name))),
                                  coalesce(similarity(lower(immutable_unaccent(o.acronym)),
                                                      lower(immutable_unaccent(:acronym))), 0)) desc
                limit :limit""")
                .param("country", countryCode)
                .param("name", name)
                .param("acronym", acronym)
                .param("limit", LIMIT)
                .query(Match.class)
                .list();
    }
}
