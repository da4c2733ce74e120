package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SearchAfterCommit;
import org.peacedirectory.WebClient;
import org.peacedirectory.organisation.DirectoryEntry;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationPublisher;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index follows what is published: a change through the application is found right after its
 * commit (at once on Lucene, within a moment with outbox-polling); a change made behind the application's back (SQL by hand) only after the index is rebuilt.
 */
@DirectoryTest
class SearchIndexTest {

    private static final String SLUG = "grands-lacs-ressources-et-paix";
    /** Two words, so that no look-alike name joins the results. */
    private static final String SEARCH = "/organisations?q=zqxcache+grands";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationPublisher publisher;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment app;

    @Test
    void findsAChangePublishedThroughTheApplicationRightAfterItsCommit() {
        WebClient web = new WebClient(port);
        String original = acronym();
        try {
            assertThat(count(web.page(SEARCH, "en"))).isEqualTo("No organisation found.");

            changeAcronym("ZQXCACHE");

            SearchAfterCommit.assertShown(
                    app, () -> assertThat(count(web.page(SEARCH, "en"))).isEqualTo("One organisation found."));
        } finally {
            changeAcronym(original);
        }
        SearchAfterCommit.assertShown(
                app, () -> assertThat(count(web.page(SEARCH, "en"))).isEqualTo("No organisation found."));
    }

    @Test
    void findsAChangeMadeBehindTheApplicationsBackOnlyOnceTheIndexIsRebuilt() {
        WebClient web = new WebClient(port);
        String original = acronym();
        try {
            jdbc.sql("update organisation set acronym = 'ZQXCACHE' where slug = ?")
                    .param(SLUG)
                    .update();
            assertThat(count(web.page(SEARCH, "en"))).isEqualTo("No organisation found.");

            assertThat(indexing.rebuild()).isTrue();

            assertThat(count(web.page(SEARCH, "en"))).isEqualTo("One organisation found.");
            assertThat(indexing.isBuilding()).isFalse();
        } finally {
            jdbc.sql("update organisation set acronym = ? where slug = ?")
                    .params(original, SLUG)
                    .update();
            indexing.rebuild();
        }
        assertThat(count(web.page(SEARCH, "en"))).isEqualTo("No organisation found.");
    }

    @Test
    void dropsAnOrganisationFromTheIndexAtTheCommitThatStopsPublishingIt() {
        WebClient web = new WebClient(port);
        String search = "/organisations?q=grands+lacs+ressources";
        assertThat(slugs(web.page(search, "en"))).contains(SLUG);
        try {
            // No page archives a profile yet: the entity's status is changed as such a page would.
            setStatus(PublicationStatus.ARCHIVED);

            SearchAfterCommit.assertShown(
                    app, () -> assertThat(slugs(web.page(search, "en"))).doesNotContain(SLUG));
        } finally {
            setStatus(PublicationStatus.PUBLISHED);
        }
        SearchAfterCommit.assertShown(
                app, () -> assertThat(slugs(web.page(search, "en"))).contains(SLUG));
    }

    private void setStatus(PublicationStatus status) {
        transactions.executeWithoutResult(transaction -> {
            Organisation organisation = entityManager
                    .createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                    .setParameter("slug", SLUG)
                    .getSingleResult();
            try {
                // The status is kept by the entity's DirectoryEntry part.
                java.lang.reflect.Field field = DirectoryEntry.class.getDeclaredField("publicationStatus");
                field.setAccessible(true);
                field.set(organisation, status);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static java.util.List<String> slugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }

    private String acronym() {
        return jdbc.sql("select acronym from organisation where slug = ?")
                .param(SLUG)
                .query(String.class)
                .single();
    }

    /** A change as a moderator's approval makes it, through the publisher. */
    private void changeAcronym(String acronym) {
        transactions.executeWithoutResult(status -> {
            Organisation organisation = entityManager
                    .createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                    .setParameter("slug", SLUG)
                    .getSingleResult();
            ProfileContent c = organisation.content();
            publisher.applyChange(
                    organisation,
                    new ProfileContent(
                            c.name(),
                            acronym,
                            c.sourceLanguage(),
                            c.foundingYear(),
                            c.city(),
                            c.countryCode(),
                            c.countriesOfWork(),
                            c.themes(),
                            c.networks(),
                            c.website(),
                            c.links(),
                            c.contactEmail(),
                            c.contactPhone(),
                            c.contactPostalAddress(),
                            c.contactPerson(),
                            c.contactPublic(),
                            c.prose(),
                            c.activities(),
                            ProfileContent.Sources.NONE),
                    null,
                    null,
                    Instant.now());
        });
    }

    private static String count(Document page) {
        return page.selectFirst(".result-count").text();
    }
}
