package org.peacedirectory.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.WebClient;
import org.peacedirectory.organisation.HostileProfiles;
import org.peacedirectory.system.DataLicence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Atom feeds over real HTTP, read back as a feed reader does (Rome) and checked against RFC 4287. */
@DirectoryTest
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles profiles;

    @Autowired
    MessageSource messages;

    @Test
    void givesTheNewestPublishedProfilesFirstAsValidAtom() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/feeds/new.atom", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(
                response.headers().firstValue("Content-Type").orElseThrow());
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("application/atom+xml")))
                .isTrue();
        assertThat(violationsOfRfc4287(response.body())).isEmpty();
        Feed feed = feed(response.body());
        List<String> newest = jdbc.sql("select slug from organisation where publication_status = 'PUBLISHED'"
                        + " order by created_at desc, id desc limit 50")
                .query(String.class)
                .list();
        assertThat(feed.getEntries())
                .extracting(entry -> alternate(entry.getAlternateLinks()))
                .containsExactlyElementsOf(newest.stream()
                        .map(slug -> "http://localhost:" + port + "/organisations/" + slug)
                        .toList());
        assertThat(feed.getTitle()).isEqualTo(messages.getMessage("feed.new", null, Locale.ENGLISH));
        assertThat(feed.getRights()).isEqualTo(DataLicence.NAME);
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self", "license");
    }

    @Test
    void aCountrysFeedHoldsTheOrganisationsBasedOrWorkingThereInTheReadersLanguage() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/feeds/countries/ml/updated.atom", "fr");

        assertThat(violationsOfRfc4287(response.body())).isEmpty();
        Feed feed = feed(response.body());
        List<String> inMali = jdbc.sql("select slug from organisation where publication_status = 'PUBLISHED'"
                        + " and 'ML' = any(country_codes) order by updated_at desc, id desc limit 50")
                .query(String.class)
                .list();
        assertThat(inMali).isNotEmpty();
        assertThat(feed.getEntries())
                .extracting(entry -> slugOf(alternate(entry.getAlternateLinks())))
                .containsExactlyElementsOf(inMali);
        assertThat(feed.getEntries())
                .allSatisfy(entry -> assertThat(entry.getCategories())
                        .extracting(category -> category.getTerm())
                        .contains("ML"));
        assertThat(feed.getTitle())
                .isEqualTo(messages.getMessage("feed.updated.in", new Object[] {"Mali"}, Locale.FRENCH));
        Entry conascipal = feed.getEntries().stream()
                .filter(entry -> slugOf(alternate(entry.getAlternateLinks())).equals("conascipal"))
                .findFirst()
                .orElseThrow();
        String frenchSummary = jdbc.sql("select summary from organisation_translation t join organisation o"
                        + " on o.id = t.organisation_id where o.slug = 'conascipal' and t.language = 'fr'")
                .query(String.class)
                .single();
        assertThat(conascipal.getSummary().getValue()).isEqualTo(frenchSummary);
    }

    @Test
    void aProfilePublishedNowLeadsTheFeedWithItsTextsIntact() throws Exception {
        new WebClient(port).get("/feeds/new.atom", "en"); // kept by the page cache until the next publish

        HostileProfiles.Texts published = profiles.publish();

        HttpResponse<String> response = new WebClient(port).get("/feeds/new.atom", "en");
        assertThat(violationsOfRfc4287(response.body())).isEmpty();
        Entry first = feed(response.body()).getEntries().get(0);
        assertThat(alternate(first.getAlternateLinks())).endsWith("/organisations/" + published.slug());
        assertThat(first.getTitle()).isEqualTo(published.name() + " (" + published.acronym() + ")");
        assertThat(first.getSummary().getValue()).isEqualTo(published.summary());
    }

    @Test
    void theListPagesLinkToTheirFeedsInTheirHead() {
        WebClient web = new WebClient(port);

        Document home = web.page("/", "en");
        Document country = web.page("/countries/ml", "fr");
        Document theme = web.page("/themes/small-arms-control", "en");

        assertThat(feedLinks(home)).containsExactly("/feeds/new.atom", "/feeds/updated.atom");
        assertThat(feedLinks(web.page("/organisations", "en")))
                .containsExactly("/feeds/new.atom", "/feeds/updated.atom");
        assertThat(feedLinks(country))
                .containsExactly("/feeds/countries/ml/new.atom", "/feeds/countries/ml/updated.atom");
        assertThat(country.select("link[type=application/atom+xml]").eachAttr("title"))
                .contains(messages.getMessage("feed.new.in", new Object[] {"Mali"}, Locale.FRENCH));
        assertThat(feedLinks(theme))
                .containsExactly(
                        "/feeds/themes/small-arms-control/new.atom", "/feeds/themes/small-arms-control/updated.atom");
        for (String feed : feedLinks(theme)) {
            assertThat(web.get(feed, "en").statusCode()).as(feed).isEqualTo(200);
        }
    }

    @Test
    void answersNotFoundForACountryOrThemeThatDoesNotExist() {
        WebClient web = new WebClient(port);

        assertThat(web.get("/feeds/countries/zz/new.atom", "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/feeds/countries/ML/new.atom", "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/feeds/themes/no-such-theme/updated.atom", "en").statusCode())
                .isEqualTo(404);
        assertThat(web.get("/feeds/oldest.atom", "en").statusCode()).isEqualTo(404);
    }

    private static Feed feed(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static String alternate(List<Link> links) {
        return links.stream()
                .filter(link -> "alternate".equals(link.getRel()) && "text/html".equals(link.getType()))
                .findFirst()
                .orElseThrow()
                .getHref();
    }

    private static String slugOf(String profileUrl) {
        return profileUrl.substring(profileUrl.lastIndexOf('/') + 1);
    }

    private static List<String> feedLinks(Document page) {
        return page.select("head link[rel=alternate][type=application/atom+xml]")
                .eachAttr("href");
    }

    /**
     * What RFC 4287 requires of a feed and its entries (section 4.1), as violations: one id, title and
     * updated each, dates in RFC 3339, an author for the feed, a link to each entry's page, no two entries
     * with the same id.
     */
    private static List<String> violationsOfRfc4287(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        List<String> violations = new ArrayList<>();
        if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
            violations.add("the root is not atom:feed");
        }
        checkCommon(feed, "feed", violations);
        if (children(feed, "author").size() != 1) {
            violations.add("the feed has no author");
        }
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            checkCommon(entry, "entry", violations);
            if (!ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent())) {
                violations.add("two entries have the same id");
            }
            boolean alternate =
                    children(entry, "link").stream().anyMatch(link -> "alternate".equals(link.getAttribute("rel")));
            if (!alternate) {
                violations.add("an entry has no alternate link");
            }
        }
        return violations;
    }

    private static void checkCommon(Element element, String what, List<String> violations) {
        for (String required : List.of("id", "title", "updated")) {
            if (children(element, required).size() != 1) {
                violations.add(what + " needs exactly one " + required);
            }
        }
        for (String date : List.of("updated", "published")) {
            for (Element stamp : children(element, date)) {
                try {
                    OffsetDateTime.parse(stamp.getTextContent());
                } catch (RuntimeException e) {
                    violations.add(what + " " + date + " is not RFC 3339: " + stamp.getTextContent());
                }
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child
                    && ATOM.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                found.add(child);
            }
        }
        return found;
    }
}
