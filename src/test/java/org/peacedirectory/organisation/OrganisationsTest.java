package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.taxonomy.Countries;
import org.peacedirectory.taxonomy.Themes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@DirectoryTest
@Transactional
class OrganisationsTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Countries countries;

    @Autowired
    Themes themes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsOnlyPublishedOrganisationsBySlug() {
        jdbc.sql("update organisation set publication_status = 'ARCHIVED' where slug = 'femmes-mediatrices-du-mande'")
                .update();

        assertThat(organisations.findPublishedBySlug("conascipal")).isPresent();
        assertThat(organisations.findPublishedBySlug("femmes-mediatrices-du-mande")).isEmpty();
        assertThat(organisations.findPublished(PageRequest.of(0, 100)))
                .extracting(Organisation::getSlug).doesNotContain("femmes-mediatrices-du-mande");
    }

    @Test
    void sortsNamesAlphabeticallyIgnoringCaseAndAccents() {
        List<String> names = organisations.findPublished(PageRequest.of(0, 100)).map(Organisation::getName).toList();
        List<String> keys = names.stream()
                .map(name -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT))
                .toList();

        assertThat(keys).isSorted();
    }

    @Test
    void findsOrganisationsBasedInACountryOrWorkingThere() {
        var mali = countries.findById("ML").orElseThrow();

        List<Organisation> inMali = organisations.findPublishedByCountry(mali, PageRequest.of(0, 100)).getContent();

        assertThat(inMali).extracting(Organisation::getSlug).contains("conascipal");
        assertThat(inMali).anySatisfy(organisation -> assertThat(organisation.getCountry()).isNotEqualTo(mali));
        assertThat(inMali).allSatisfy(organisation -> assertThat(
                organisation.getCountry().equals(mali) || organisation.getCountriesOfWork().contains(mali)).isTrue());
    }

    @Test
    void findsOrganisationsByTheme() {
        var smallArms = themes.findById("small-arms-control").orElseThrow();

        List<Organisation> found = organisations.findPublishedByTheme(smallArms, PageRequest.of(0, 100)).getContent();

        assertThat(found).extracting(Organisation::getSlug).contains("conascipal");
        assertThat(found).allSatisfy(organisation -> assertThat(organisation.getThemes()).contains(smallArms));
    }

    @Test
    void relatesOrganisationsSharingThemesCountryOrNetworkMostSharedFirst() {
        Organisation conascipal = organisations.findPublishedBySlug("conascipal").orElseThrow();
        long unrelated = jdbc.sql("""
                insert into organisation (slug, name, source_language, country_code)
                values ('unrelated-test-organisation', 'Unrelated', 'en', 'NZ') returning id""")
                .query(Long.class).single();

        List<Long> related = organisations.findRelatedIds(conascipal.getId(), 4);

        assertThat(related).hasSize(4).doesNotContain(conascipal.getId(), unrelated);
        List<Organisation> relatedOrganisations = organisations.findAllWithCountryByIdIn(related);
        assertThat(relatedOrganisations).allSatisfy(organisation -> assertThat(
                organisation.getCountry().equals(conascipal.getCountry())
                        || organisation.getThemes().stream().anyMatch(conascipal.getThemes()::contains)
                        || organisation.getMemberships().stream().anyMatch(membership ->
                        conascipal.getMemberships().stream().anyMatch(mine ->
                                mine.getNetwork().equals(membership.getNetwork())))).isTrue());
    }
}
