package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationPublisher;
import org.peacedirectory.organisation.ProfileContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index is checked against the database only once per lifetime (the other tests check on
 * every search), yet a change published through the application shows at once: a reader never waits
 * for the next check to see a moderator's approval.
 */
@DirectoryTest
class SearchIndexTest {

    private static final String SLUG = "grands-lacs-ressources-et-paix";
    /** Two words, so that no look-alike name is asked of the database directly. */
    private static final String SEARCH = "/organisations?q=zqxcache+grands";

    @DynamicPropertySource
    static void rememberResults(DynamicPropertyRegistry registry) {
        registry.add("directory.search.cache-lifetime", () -> "10m");
    }

    @LocalServerPort
    int port;

    @Autowired
    OrganisationPublisher publisher;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsItsIndexBetweenChecksButShowsAPublishedChangeAtOnce() {
        WebClient web = new WebClient(port);
        String original = acronym();
        try {
            assertThat(count(web.page(SEARCH, "en"))).isEqualTo("No organisation found.");
            jdbc.sql("update organisation set acronym = 'ZQXCACHE' where slug = ?").param(SLUG).update();
            jdbc.sql("select refresh_organisation_search(array(select id from organisation where slug = ?))")
                    .param(SLUG).query(Object.class).list();
            assertThat(count(web.page(SEARCH, "en")))
                    .as("changed behind the app's back: not in the index until its next check")
                    .isEqualTo("No organisation found.");

            changeAcronym("ZQXCACHE");

            assertThat(count(web.page(SEARCH, "en"))).isEqualTo("One organisation found.");
        } finally {
            changeAcronym(original);
        }
    }

    private String acronym() {
        return jdbc.sql("select acronym from organisation where slug = ?").param(SLUG).query(String.class).single();
    }

    /** A change as a moderator's approval makes it, through the publisher. */
    private void changeAcronym(String acronym) {
        transactions.executeWithoutResult(status -> {
            Organisation organisation = entityManager
                    .createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                    .setParameter("slug", SLUG).getSingleResult();
            ProfileContent c = organisation.content();
            publisher.applyChange(organisation, new ProfileContent(c.name(), acronym, c.sourceLanguage(),
                    c.foundingYear(), c.city(), c.countryCode(), c.countriesOfWork(), c.themes(), c.networks(),
                    c.website(), c.links(), c.contactEmail(), c.contactPhone(), c.contactPublic(), c.prose(),
                    c.activities()), null, null, Instant.now());
        });
    }

    private static String count(Document page) {
        return page.selectFirst(".result-count").text();
    }
}
