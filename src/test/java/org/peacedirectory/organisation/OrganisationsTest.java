package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@DirectoryTest
@Transactional
class OrganisationsTest {

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsOnlyPublishedOrganisationsBySlug() {
        jdbc.sql("update organisation set publication_status = 'ARCHIVED' where slug = 'femmes-mediatrices-du-mande'")
                .update();

        assertThat(organisations.findPublishedBySlug("conascipal")).isPresent();
        assertThat(organisations.findPublishedBySlug("femmes-mediatrices-du-mande"))
                .isEmpty();
    }

    @Test
    void relatesOrganisationsSharingThemesCountryOrNetworkMostSharedFirst() {
        Organisation conascipal =
                organisations.findPublishedBySlug("conascipal").orElseThrow();
        long unrelated = jdbc.sql("""
                insert into organisation (slug, name, source_language, country_code)
                values ('unrelated-test-organisation', 'Unrelated', 'en', 'NZ') returning id""").query(Long.class).single();

        List<Organisations.Relation> relations = organisations.findRelated(conascipal.getId(), 4);
        List<Long> related =
                relations.stream().map(Organisations.Relation::getId).toList();

        assertThat(related).hasSize(4).doesNotContain(conascipal.getId(), unrelated);
        List<Integer> scores =
                related.stream().map(id -> closeness(conascipal.getId(), id)).toList();
        assertThat(scores).as("most shared first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(scores.get(0)).as("the closest of all comes first").isEqualTo(bestCloseness(conascipal.getId()));
        assertThat(relations)
                .as("each shares a country, a theme or a network")
                .allSatisfy(relation -> assertThat(relation.getSharedCountry() != null
                                || relation.getSharedTheme() != null
                                || relation.getSharedNetwork() != null)
                        .isTrue());
    }

    @Test
    void namesWhatARelatedOrganisationSharesTheProfilesOwnCountryFirst() {
        Organisation conascipal =
                organisations.findPublishedBySlug("conascipal").orElseThrow();
        long other = jdbc.sql("""
                insert into organisation (slug, name, source_language, country_code)
                values ('sharing-test-organisation', 'Sharing', 'en', 'SN') returning id""").query(Long.class).single();
        jdbc.sql("insert into organisation_country (organisation_id, country_code) values (?, 'ML')")
                .param(other)
                .update();
        jdbc.sql(
                        "insert into organisation_theme (organisation_id, theme_slug) select ?, theme_slug from organisation_theme "
                                + "where organisation_id = ?")
                .params(other, conascipal.getId())
                .update();
        jdbc.sql("insert into organisation_network (organisation_id, network_id, role) select ?, network_id, 'MEMBER' "
                        + "from organisation_network where organisation_id = ?")
                .params(other, conascipal.getId())
                .update();
        jdbc.sql("select refresh_organisation_search(array[?]::bigint[])")
                .param(other)
                .query(Object.class)
                .list();

        Organisations.Relation relation = organisations.findRelated(conascipal.getId(), 100).stream()
                .filter(candidate -> candidate.getId() == other)
                .findFirst()
                .orElseThrow();

        assertThat(relation.getSharedCountry()).isEqualTo("ML");
        assertThat(relation.getSharedTheme())
                .isEqualTo(conascipal.getThemes().stream()
                        .min(java.util.Comparator.comparing(org.peacedirectory.taxonomy.Theme::getPosition))
                        .orElseThrow()
                        .getSlug());
        assertThat(relation.getSharedNetwork()).isEqualTo("IANSA"); // IANSA and WAANSA: the first by name
    }

    /** The score the related query ranks by: shared themes, 2 for the same base country, shared networks. */
    private int closeness(long mine, long theirs) {
        return jdbc.sql("""
                select (select count(*) from organisation_theme a join organisation_theme b on a.theme_slug = b.theme_slug
                        where a.organisation_id = :mine and b.organisation_id = :theirs)
                     + (select case when a.country_code = b.country_code then 2 else 0 end
                        from organisation a, organisation b where a.id = :mine and b.id = :theirs)
                     + (select count(*) from organisation_network a join organisation_network b on a.network_id = b.network_id
                        where a.organisation_id = :mine and b.organisation_id = :theirs)""")
                .param("mine", mine)
                .param("theirs", theirs)
                .query(Integer.class)
                .single();
    }

    private int bestCloseness(long mine) {
        return jdbc
                .sql("select id from organisation where publication_status = 'PUBLISHED' and id <> ?")
                .param(mine)
                .query(Long.class)
                .list()
                .stream()
                .mapToInt(id -> closeness(mine, id))
                .max()
                .orElse(0);
    }
}
