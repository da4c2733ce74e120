package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of the home page, /countries and /themes are kept (here ten minutes) until a published
 * profile changes, and counted again at once after the commit of that change. (The same context as
 * VerificationInSearchTest, which shows the same for search results and facet counts.)
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class CountsKeptUntilPublishTest {

    private static final String SLUG = "grands-lacs-ressources-et-paix";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PublishedDataCaches caches;

    @Test
    void countsAnOrganisationNoLongerPublishedRightAfterTheChangeIsCommitted() {
        WebClient web = new WebClient(port);
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(SLUG)
                .query(Long.class)
                .single();
        long organisations = organisationsOnTheHomePage(web);
        String themes = web.page("/themes", "en").select(".theme-index").text();
        String countries = web.page("/countries", "en").select("main").text();
        try {
            assertKeptWhileNoChangeIsHeard(web, id);

            changeCommitted(id);

            assertThat(organisationsOnTheHomePage(web)).isEqualTo(organisations - 1);
            assertThat(web.page("/themes", "en").select(".theme-index").text()).isNotEqualTo(themes);
            assertThat(web.page("/countries", "en").select("main").text()).isNotEqualTo(countries);
        } finally {
            setStatus(id, "PUBLISHED");
            changeCommitted(id);
        }
        assertThat(organisationsOnTheHomePage(web)).isEqualTo(organisations);
        assertThat(web.page("/themes", "en").select(".theme-index").text()).isEqualTo(themes);
        assertThat(web.page("/countries", "en").select("main").text()).isEqualTo(countries);
    }

    /**
     * The count read before a change behind the application's back is still shown after it. Other test
     * contexts share the database and announce their own changes, which this context hears (as an instance
     * hears another's): when the caches were forgotten meanwhile (their generation moved on), the two reads
     * prove nothing and the check starts again.
     */
    private void assertKeptWhileNoChangeIsHeard(WebClient web, long id) {
        for (int attempt = 1; ; attempt++) {
            PublishedDataCaches.Generation before = caches.generation();
            long shown = organisationsOnTheHomePage(web);
            setStatus(id, "ARCHIVED");
            long shownAfterTheChange = organisationsOnTheHomePage(web);
            if (caches.generation().equals(before) || attempt == 5) {
                assertThat(shownAfterTheChange)
                        .as("kept while no change is announced")
                        .isEqualTo(shown);
                return;
            }
            setStatus(id, "PUBLISHED");
        }
    }

    /** Behind the application's back (the search index is not involved): only the counts read it. */
    private void setStatus(long id, String status) {
        jdbc.sql("update organisation set publication_status = ? where id = ?")
                .params(status, id)
                .update();
    }

    /** A change announced in a transaction, as the publisher announces one. */
    private void changeCommitted(long id) {
        transactions.executeWithoutResult(transaction -> events.publishEvent(new PublishedProfileChanged(id)));
    }

    private static long organisationsOnTheHomePage(WebClient web) {
        Matcher count = Pattern.compile("^([\\d,]+) organisations")
                .matcher(web.page("/", "en").select(".counts").text());
        assertThat(count.find()).as("the home page's count").isTrue();
        return Long.parseLong(count.group(1).replace(",", ""));
    }
}
