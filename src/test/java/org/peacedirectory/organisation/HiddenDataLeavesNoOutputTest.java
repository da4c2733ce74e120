package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacedirectory.organisation.SafetySupport.dataPackage;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.api.hsds.HsdsPackagesNow;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Safety controls over real HTTP, with the caches on (kept ten minutes, as in PageCacheTest): a moderator
 * hides every field of a profile, and none of the hidden values is found again in any output (the profile
 * page and its JSON-LD, the logo, the API, the HSDS API and data package, the CSV export, the feeds, the
 * sitemap, the search), not even in the page the cache kept from before; then a profile kept out of search
 * engines and out of the open data.
 */
@DirectoryTest
@TestPropertySource(properties = "directory.search.cache-lifetime=10m")
class HiddenDataLeavesNoOutputTest {

    private static final Duration SEARCH_FOLLOWS = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles profiles;

    @Autowired
    ProfileRows rows;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext app;

    @Autowired
    PublishedDataCaches caches;

    @Autowired
    SubmissionTestSupport support;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startFresh() {
        caches.forgetAll();
        support.clearRateLimits();
        jdbc.sql("delete from rate_limit_bucket").update(); // the API's and the exports' counts too
    }

    @Test
    void hiddenContactsLogoAndCityAreInNoOutputAtOnceEvenAPageCachedBefore() throws Exception {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "hidden-everything-");
        // The contact's source goes with the contact: a title that names the hidden person.
        String contactSource = "Register entry of " + seeded.person();
        jdbc.sql("insert into fact_source (organisation_id, fact, source_title) values (?, 'CONTACT', ?)")
                .params(seeded.id(), contactSource)
                .update();
        HsdsPackagesNow.remake(app); // the contacts were written behind the application's back
        String uuid = uuid(seeded.id());
        String profile = "/organisations/" + seeded.slug();
        List<String> outputs = List.of(
                profile,
                "/api/v1/organisations/" + seeded.slug(),
                "/api/v1/organisations?q=" + seeded.unique(),
                "/api/hsds/organizations/" + uuid,
                "/api/hsds/organizations?search=" + seeded.unique() + "&full=true",
                "/organisations.csv?q=" + seeded.unique(),
                "/feeds/new.atom",
                "/feeds/updated.atom");

        // Before: everything shows, so that the checks below can fail; the profile page is now cached.
        Document before = Jsoup.parse(get(profile).body());
        assertThat(before.select("main").text()).contains(seeded.hideable()).contains(contactSource);
        assertThat(jsonLd(before)).contains(contactSource);
        assertThat(get("/api/v1/organisations/" + seeded.slug()).body()).contains(contactSource);
        assertThat(jsonLd(before)).contains(seeded.city());
        assertThat(before.select("img[src$='/logo']")).isNotEmpty();
        assertThat(get(profile + "/logo").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/organisations/" + seeded.slug()).body())
                .contains(seeded.email(), seeded.phone(), seeded.city());
        assertThat(get("/api/hsds/organizations/" + uuid).body()).contains(seeded.phone(), seeded.city());
        assertThat(dataPackage(http, port)).contains(seeded.phone(), seeded.city());
        assertThat(get("/sitemap.xml").body()).contains(profile);

        FormSession moderator = moderator();
        Document form = moderator.page("/moderation/organisations/" + seeded.id() + "/safety");
        HttpResponse<String> saved = moderator.post(
                "/moderation/organisations/" + seeded.id() + "/safety",
                SafetySupport.allHidden(SafetySupport.fieldsOf(form, "/safety"), false, false),
                Map.of());
        assertThat(saved.statusCode()).isEqualTo(302);

        Document after = Jsoup.parse(get(profile).body());
        assertThat(after.select("main").text()).contains(seeded.name());
        assertThat(after.select("img[src$='/logo']")).isEmpty();
        assertThat(after.select("meta[name=robots]"))
                .as("still for search engines")
                .isEmpty();
        assertThat(get(profile + "/logo").statusCode()).isEqualTo(404);
        String again = get(profile).body(); // the second request, served from the cache
        for (String output : outputs) {
            HttpResponse<String> answer = get(output);
            assertThat(answer.statusCode()).as(output).isEqualTo(200);
            assertThat(answer.body()).as(output + " still shows the profile").contains(seeded.name());
            for (String hidden : seeded.hideable()) {
                assertThat(answer.body()).as(output).doesNotContain(hidden);
            }
        }
        for (String hidden : seeded.hideable()) {
            assertThat(again).as("the cached profile page").doesNotContain(hidden);
            assertThat(jsonLd(after)).doesNotContain(hidden);
        }
        assertThat(after.select("main").text())
                .as("the hidden contact's source")
                .doesNotContain(contactSource);
        assertThat(jsonLd(after)).doesNotContain(contactSource);
        assertThat(get("/api/v1/organisations/" + seeded.slug()).body()).doesNotContain(contactSource);
        assertThat(get("/sitemap.xml").body()).contains(profile);
        Await.within(SEARCH_FOLLOWS, "the data package is made again without the hidden values", () -> {
            String remade = dataPackage(http, port);
            return remade.contains(seeded.name()) && seeded.hideable().stream().noneMatch(remade::contains);
        });
        for (String words : List.of(seeded.city(), seeded.phone(), seeded.person(), seeded.email())) {
            assertThat(get("/organisations?q=" + encode(words)).body())
                    .as("searching " + words)
                    .doesNotContain(profile);
        }
    }

    @Test
    void aProfileKeptOutOfSearchEnginesAndOpenDataIsNoindexAndLeftOutOfSitemapFeedsApiHsdsAndCsv() throws Exception {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "kept-out-");
        HsdsPackagesNow.remake(app);
        String profile = "/organisations/" + seeded.slug();
        String uuid = uuid(seeded.id());
        // Before: every output below has the profile, so that their checks can fail.
        assertThat(get("/sitemap.xml").body()).contains(profile);
        assertThat(get("/feeds/new.atom").body()).contains(seeded.name());
        assertThat(get("/api/v1/organisations?q=" + seeded.unique()).body()).contains(seeded.slug());
        assertThat(get("/api/v1/organisations/" + seeded.slug()).statusCode()).isEqualTo(200);
        assertThat(get("/api/hsds/organizations/" + uuid).statusCode()).isEqualTo(200);
        assertThat(get("/api/hsds/organizations?search=" + seeded.unique()).body())
                .contains(seeded.name());
        assertThat(get("/organisations.csv?q=" + seeded.unique()).body()).contains(seeded.name());
        assertThat(dataPackage(http, port)).contains(seeded.name());
        assertThat(rows.openData(List.of(seeded.id()))).isNotEmpty();

        FormSession moderator = moderator();
        Document form = moderator.page("/moderation/organisations/" + seeded.id() + "/safety");
        Map<String, List<String>> fields = SafetySupport.fieldsOf(form, "/safety");
        SafetySupport.boxes(fields, true, true);
        assertThat(moderator
                        .post("/moderation/organisations/" + seeded.id() + "/safety", fields, Map.of())
                        .statusCode())
                .isEqualTo(302);

        Document page = Jsoup.parse(get(profile).body());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("main").text()).as("the contacts stay public").contains(seeded.email());
        assertThat(get("/sitemap.xml").body()).doesNotContain(profile);
        assertThat(get("/feeds/new.atom").body()).doesNotContain(seeded.name());
        assertThat(get("/feeds/updated.atom").body()).doesNotContain(seeded.name());
        assertThat(get("/api/v1/organisations/" + seeded.slug()).statusCode()).isEqualTo(404);
        assertThat(get("/api/hsds/organizations/" + uuid).statusCode()).isEqualTo(404);
        // The open data's statement leaves it out itself, whatever the search index still holds.
        assertThat(rows.openData(List.of(seeded.id()))).isEmpty();
        assertThat(rows.openDataAfter(seeded.id() - 1, 1))
                .extracting(ProfileRows.Row::id)
                .doesNotContain(seeded.id());
        assertThat(rows.published(seeded.slug())).as("its page still reads it").isPresent();
        Await.within(
                SEARCH_FOLLOWS,
                "the search index knows the profile is out of the open data",
                () -> !get("/api/v1/organisations?q=" + seeded.unique()).body().contains(seeded.slug()));
        assertThat(get("/api/hsds/organizations?search=" + seeded.unique()).body())
                .doesNotContain(seeded.name());
        assertThat(get("/organisations.csv?q=" + seeded.unique()).body()).doesNotContain(seeded.name());
        assertThat(get("/organisations?q=" + seeded.unique()).body())
                .as("still in the directory's own list")
                .contains(profile);
        Await.within(
                SEARCH_FOLLOWS,
                "the data package is made again without the profile",
                () -> !dataPackage(http, port).contains(seeded.name()));
    }

    private FormSession moderator() {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Safety Moderator"));
        return moderator;
    }

    private String uuid(long id) {
        return jdbc.sql("select uuid::text from organisation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static String jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").html();
    }

    private static String encode(String words) {
        return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) {
        return SafetySupport.get(http, port, path);
    }
}
