package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages of networks (/networks/{slug}): description, published members, names in the reader's language. */
@DirectoryTest
class NetworkPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @Test
    void profileLinksToItsNetworksWhosePagesListTheirPublishedMembersByName() {
        Document profile = web.page("/organisations/conascipal", "en");
        assertThat(profile.select(".facts a[href^=/networks/]").eachAttr("href"))
                .containsExactlyInAnyOrder("/networks/iansa", "/networks/waansa");

        Document page = web.page("/networks/waansa", "en");

        assertThat(page.selectFirst("h1 span").text()).isEqualTo("West Africa Action Network on Small Arms");
        assertThat(page.selectFirst("h1 .acronym").text()).isEqualTo("WAANSA");
        assertThat(page.selectFirst(".network-description").text()).startsWith("The regional network");
        assertThat(memberSlugs(page)).isNotEmpty().containsExactlyElementsOf(publishedMembers("waansa"));
        assertThat(page.selectFirst("#members-heading").text())
                .isEqualTo(publishedMembers("waansa").size() + " members in the directory");
    }

    @Test
    void leavesOutMembersThatAreNotPublished() {
        String archived = publishedMembers("waansa").get(0);
        jdbc.sql("update organisation set publication_status = 'ARCHIVED' where slug = ?")
                .param(archived)
                .update();
        try {
            assertThat(memberSlugs(web.page("/networks/waansa", "en")))
                    .isNotEmpty()
                    .doesNotContain(archived);
        } finally {
            jdbc.sql("update organisation set publication_status = 'PUBLISHED' where slug = ?")
                    .param(archived)
                    .update();
        }
        assertThat(memberSlugs(web.page("/networks/waansa", "en"))).contains(archived);
    }

    @Test
    void namesANetworkByItsOfficialNameInTheReadersLanguageElseMarksItsOwnLanguage() {
        Document iansa = web.page("/networks/iansa", "fr");
        Element name = iansa.selectFirst("h1 span");
        assertThat(name.text()).isEqualTo("Réseau d'action international sur les armes légères");
        assertThat(name.attr("lang")).isEqualTo("fr");
        assertThat(iansa.selectFirst("h1 .acronym").text()).isEqualTo("RAIAL");
        assertThat(iansa.selectFirst(".network-description").attr("lang")).isEqualTo("fr");
        assertThat(iansa.selectFirst("#members-heading").text()).endsWith(" membres dans l'annuaire");

        Document waansa = web.page("/networks/waansa", "fr");
        assertThat(waansa.selectFirst("h1 span").text()).isEqualTo("West Africa Action Network on Small Arms");
        assertThat(waansa.selectFirst("h1 span").attr("lang")).isEqualTo("en");

        Document profile = web.page("/organisations/conascipal", "fr");
        assertThat(profile.selectFirst(".facts a[href=/networks/iansa] span").text())
                .isEqualTo("Réseau d'action international sur les armes légères");
        assertThat(profile.selectFirst(".facts a[href=/networks/waansa] span").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void linksANetworkToItsOwnProfile() {
        Document page = web.page("/networks/dnpe", "en");

        assertThat(page.select(".network-links a").eachAttr("href"))
                .contains("/organisations/demo-network-for-peace-education");
    }

    @Test
    void answersAnUnknownNetworkWithTheSitesOwnNotFoundPage() {
        HttpResponse<String> response = web.get("/networks/no-such-network", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void listsNetworksWithPublishedMembersInTheSitemap() {
        assertThat(web.get("/sitemap.xml", "en").body())
                .contains("/networks/iansa</loc>", "/networks/waansa</loc>", "/networks/dnpe</loc>");
    }

    private static List<String> memberSlugs(Document page) {
        return page.select(".network-members .card-title a").eachAttr("href").stream()
                .map(href -> href.substring("/organisations/".length()))
                .toList();
    }

    private List<String> publishedMembers(String network) {
        return jdbc.sql("""
                select o.slug from organisation o join organisation_network m on m.organisation_id = o.id
                join network n on n.id = m.network_id
                where n.slug = ? and o.publication_status = 'PUBLISHED' order by o.name_sort, o.id""").param(network).query(String.class).list();
    }
}
