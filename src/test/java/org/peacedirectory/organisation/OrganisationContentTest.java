package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.organisation.ProfileContent.Entry;
import org.peacedirectory.organisation.ProfileContent.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A profile's content goes into the entity and comes back out unchanged, read from the database: what
 * moderators diff and revisions keep. Contact details stay private unless the organisation agreed to show
 * them, and a change that carries none (a public suggestion never sees them) keeps them. An edit keeps
 * the role of each network the organisation stays in.
 */
@DirectoryTest
@Transactional
class OrganisationContentTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final String SLUG = "cercle-essai-de-la-paix";

    @Autowired
    Organisations organisations;

    @Autowired
    ProfileCatalogue catalogue;

    @Autowired
    EntityManager entityManager;

    @Test
    void readsBackFromTheDatabaseTheContentItWasPublishedWith() {
        ProfileContent published = new ProfileContent(
                "Cercle d'essai de la paix",
                "CEP",
                "fr",
                2004,
                "Ségou",
                "ML",
                List.of("BF", "NE"),
                List.of("conflict-prevention", "peace-education"),
                List.of("International Action Network on Small Arms", "West Africa Action Network on Small Arms"),
                "https://example.org",
                List.of("https://example.org/rapport", "https://example.org/agenda"),
                "contact@example.org",
                "+223 20 00 00 00",
                "BP 1234\nSégou",
                "Awa Traoré",
                false,
                Map.of(
                        "fr",
                        new Text("Cercle d'essai de la paix", "Un résumé.", "Une description."),
                        "en",
                        new Text("Test Peace Circle", "A summary.", null)),
                List.of(
                        new Entry("LOCAL", "2019", "Médiation à Ségou", "fr"),
                        new Entry("NATIONAL", null, "Training of mediators", "en")),
                ProfileContent.Sources.NONE);

        publishAndReload(published);

        assertThat(reloaded().content()).isEqualTo(published);
    }

    @Test
    void givesATimelineEntryWithoutALanguageTheProfilesOwn() {
        publishAndReload(content(null, null, false, List.of(new Entry("LOCAL", "2019", "Médiation", null))));

        assertThat(reloaded().content().activities())
                .extracting(Entry::language)
                .containsExactly("fr");
    }

    @Test
    void showsContactDetailsToThePublicOnlyWhenTheOrganisationAgreed() {
        publishAndReload(content("contact@example.org", "+223 20 00 00 00", false, List.of()));
        Organisation organisation = reloaded();

        assertThat(organisation.content().contactEmail()).isEqualTo("contact@example.org");
        assertThat(organisation.publicContent().contactEmail()).isNull();
        assertThat(organisation.publicContent().contactPhone()).isNull();
        assertThat(organisation.getPublicContactEmail()).isNull();
        assertThat(organisation.getPublicContactPhone()).isNull();

        organisation.apply(content("contact@example.org", "+223 20 00 00 00", true, List.of()), catalogue, NOW);
        assertThat(organisation.getPublicContactEmail())
                .as("new content cannot show hidden contacts again: only the safety controls do")
                .isNull();
        organisation.changeSafety(SafetySettings.ALL_SHOWN);

        assertThat(organisation.publicContent()).isEqualTo(organisation.content());
        assertThat(organisation.getPublicContactEmail()).isEqualTo("contact@example.org");
        assertThat(organisation.getPublicContactPhone()).isEqualTo("+223 20 00 00 00");
    }

    @Test
    void keepsThePrivateContactDetailsWhenAChangeCarriesNone() {
        publishAndReload(content("contact@example.org", "+223 20 00 00 00", false, List.of()));
        Organisation organisation = reloaded();

        organisation.apply(organisation.publicContent(), catalogue, NOW);
        entityManager.flush();
        entityManager.clear();

        ProfileContent after = reloaded().content();
        assertThat(after.contactEmail()).isEqualTo("contact@example.org");
        assertThat(after.contactPhone()).isEqualTo("+223 20 00 00 00");
        assertThat(after.contactPublic()).isFalse();
    }

    @Test
    void keepsTheRoleOfEachNetworkTheOrganisationStaysInAndAddsNewOnesAsMembers() {
        Organisation conascipal =
                organisations.findPublishedBySlug("conascipal").orElseThrow();
        Map<String, MembershipRole> before = roles(conascipal);
        assertThat(before).as("the demo data's founding memberships").containsValue(MembershipRole.FOUNDING_MEMBER);
        ProfileContent content = conascipal.content();
        List<String> networks = new ArrayList<>(content.networks());
        networks.add("Réseau d'essai pour la paix");
        networks.add(networks.get(0)); // named twice, a member once

        conascipal.apply(withNetworks(content, networks), catalogue, NOW);
        entityManager.flush();
        entityManager.clear();

        Map<String, MembershipRole> expected = new HashMap<>(before);
        expected.put("Réseau d'essai pour la paix", MembershipRole.MEMBER);
        assertThat(roles(organisations.findPublishedBySlug("conascipal").orElseThrow()))
                .isEqualTo(expected);
    }

    private void publishAndReload(ProfileContent content) {
        organisations.saveAndFlush(Organisation.publish(SLUG, content, catalogue, NOW));
        // What follows reads the database, not the objects just built.
        entityManager.clear();
    }

    private Organisation reloaded() {
        return organisations.findPublishedBySlug(SLUG).orElseThrow();
    }

    /** Each network's name and the organisation's role in it; a network twice would fail the collecting. */
    private static Map<String, MembershipRole> roles(Organisation organisation) {
        return organisation.getMemberships().stream()
                .collect(Collectors.toMap(membership -> membership.getNetwork().getName(), Membership::getRole));
    }

    private static ProfileContent content(String email, String phone, boolean contactPublic, List<Entry> activities) {
        return new ProfileContent(
                "Cercle d'essai de la paix",
                null,
                "fr",
                null,
                null,
                "ML",
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                email,
                phone,
                null,
                null,
                contactPublic,
                Map.of("fr", new Text("Cercle d'essai de la paix", "Un résumé.", null)),
                activities,
                ProfileContent.Sources.NONE);
    }

    private static ProfileContent withNetworks(ProfileContent c, List<String> networks) {
        return new ProfileContent(
                c.name(),
                c.acronym(),
                c.sourceLanguage(),
                c.foundingYear(),
                c.city(),
                c.countryCode(),
                c.countriesOfWork(),
                c.themes(),
                networks,
                c.website(),
                c.links(),
                c.contactEmail(),
                c.contactPhone(),
                c.contactPostalAddress(),
                c.contactPerson(),
                c.contactPublic(),
                c.prose(),
                c.activities(),
                ProfileContent.Sources.NONE);
    }
}
