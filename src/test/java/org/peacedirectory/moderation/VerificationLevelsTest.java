package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.WebClient;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.IllegalVerificationTransitionException;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification levels over real HTTP: an old verification on the badge and in the moderators' "to re-check"
 * list until it is verified again (logged); moves a level does not allow are refused; each level is a filter of
 * the search and the API, and travels with its date in the API, JSON-LD and HSDS.
 */
@DirectoryTest
class VerificationLevelsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ProfileModeration moderation;

    @Autowired
    SubmissionTestSupport support;

    @BeforeEach
    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void aVerificationOlderThanTwoYearsIsOldOnTheBadgeAndToRecheckUntilAModeratorVerifiesItAgain() {
        long id = published("Recheck Peace Forum " + word());
        String slug = slugOf(id);
        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Recheck Moderator");
        move(id, VerificationMove.CONFIRM_EXISTENCE, Moderators.create(jdbc, "First Checker"));
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, login);
        assertThat(moderator.page("/moderation/recheck").getElementById("recheck-" + id))
                .as("verified today: current")
                .isNull();

        // Verified 25 months ago
        jdbc.sql("update organisation set verified_at = now() - interval '25 months' where id = ?")
                .param(id)
                .update();
        OffsetDateTime verifiedAt = verifiedAt(id);

        WebClient web = new WebClient(port);
        Document english = web.page("/organisations/" + slug, "en");
        Element badge = english.selectFirst(".verification a.badge");
        assertThat(badge.text()).isEqualTo("Existence confirmed");
        assertThat(badge.hasClass("badge-old")).isTrue();
        assertThat(badge.attr("href")).isEqualTo("/verification#level-EXISTENCE_CONFIRMED");
        assertThat(english.selectFirst(".verification-old").text())
                .isEqualTo("in " + month(verifiedAt, Locale.ENGLISH) + " — to be checked again.");
        assertThat(english.selectFirst(".verification-old time").attr("datetime"))
                .isEqualTo(verifiedAt.toLocalDate().toString());
        assertThat(web.page("/organisations/" + slug, "fr")
                        .selectFirst(".verification-old")
                        .text())
                .isEqualTo("en " + month(verifiedAt, Locale.FRENCH) + " — à vérifier de nouveau.");
        assertThat(web.page("/organisations?q=" + slug.replace('-', '+'), "en")
                        .selectFirst(".results .badge")
                        .text())
                .isEqualTo("Existence confirmed, to be checked again");

        Document recheck = moderator.page("/moderation/recheck");
        Element row = recheck.getElementById("recheck-" + id);
        assertThat(row).as("on the list").isNotNull();
        assertThat(row.text()).contains("Existence confirmed", "First Checker");
        List<String> days = recheck.select("tr[id^=recheck-] time").eachAttr("datetime");
        assertThat(days).isSortedAccordingTo(String::compareTo); // oldest first

        HttpResponse<String> reverified = moderator.post("/moderation/recheck/" + id, fieldsOf(row), Map.of());

        assertThat(reverified.statusCode()).isEqualTo(302);
        assertThat(reverified.headers().firstValue("Location")).hasValue("/moderation/recheck");
        Document after = moderator.page("/moderation/recheck");
        assertThat(after.selectFirst(".flash").text()).startsWith("Verified again from today");
        assertThat(after.getElementById("recheck-" + id)).as("off the list").isNull();
        assertThat(verifiedAt(id).toLocalDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(jdbc.sql("select verified_by from organisation where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(login.id());
        assertThat(jdbc.sql("""
                        select actor_id || ' ' || action || ' ' || reason from moderation_log
                        where organisation_id = ? order by id desc limit 1""").param(id).query(String.class).single())
                .isEqualTo(login.id() + " ORGANISATION_REVERIFIED from EXISTENCE_CONFIRMED of "
                        + verifiedAt.toLocalDate() + " to EXISTENCE_CONFIRMED of " + LocalDate.now(ZoneOffset.UTC));
        Element current = web.page("/organisations/" + slug, "en").selectFirst(".verification");
        assertThat(current.selectFirst("a.badge").hasClass("badge-verified")).isTrue();
        assertThat(current.selectFirst(".verification-old")).isNull();
        assertThat(current.selectFirst("time").attr("datetime"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void refusesTheVerificationMovesAProfilesLevelDoesNotAllowAndChangesNothing() {
        long id = published("Guarded Peace Circle " + word());
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Guard Moderator");

        assertThatThrownBy(() -> move(id, VerificationMove.REVERIFY, moderator))
                .isInstanceOf(IllegalVerificationTransitionException.class);
        assertThatThrownBy(() -> move(id, VerificationMove.WITHDRAW, moderator))
                .isInstanceOf(IllegalVerificationTransitionException.class);
        assertThat(level(id)).isEqualTo("NOT_YET_VERIFIED");
        assertThat(actions(id)).isEmpty();

        // The claim flow's move: the organisation confirmed its profile, accepted by a moderator
        moderation.confirmByOrganisation(id, version(id), moderator);
        assertThat(level(id)).isEqualTo("CONFIRMED_BY_ORGANISATION");
        assertThatThrownBy(() -> move(id, VerificationMove.CONFIRM_EXISTENCE, moderator))
                .as("confirming its existence would lower it")
                .isInstanceOf(IllegalVerificationTransitionException.class);
        move(id, VerificationMove.REVERIFY, moderator);
        assertThat(level(id)).isEqualTo("CONFIRMED_BY_ORGANISATION");
        assertThat(actions(id)).containsExactly("ORGANISATION_CONFIRMED_BY_ORGANISATION", "ORGANISATION_REVERIFIED");

        // Over HTTP: the history page offers only what the level allows, and refuses the rest
        move(id, VerificationMove.WITHDRAW, moderator);
        FormSession browser = new FormSession(port, "en");
        Moderators.logIn(browser, Moderators.withPassword(jdbc, encoder, "Guard Browser"));
        Document history = browser.page("/moderation/organisations/" + id);
        assertThat(history.select(".verification-moves input[name=move]").eachAttr("value"))
                .containsExactly("CONFIRM_EXISTENCE");
        Map<String, List<String>> fields = fieldsOf(history.selectFirst(".verification-moves li"));
        for (String forbidden : List.of("REVERIFY", "WITHDRAW", "CONFIRM_BY_ORGANISATION")) {
            fields.put("move", List.of(forbidden));
            HttpResponse<String> refused =
                    browser.post("/moderation/organisations/" + id + "/verification", fields, Map.of());
            assertThat(refused.statusCode()).as(forbidden).isEqualTo(302);
            assertThat(browser.page("/moderation/organisations/" + id)
                            .selectFirst(".flash")
                            .text())
                    .as(forbidden)
                    .isEqualTo("Its verification level does not allow that: nothing was done.");
        }
        assertThat(level(id)).isEqualTo("NOT_YET_VERIFIED");
        assertThat(actions(id)).hasSize(3);
    }

    @Test
    void searchAndTheApiFilterOnEachLevelAndOldLinksMeanAnyConfirmedLevel() throws Exception {
        String word = word();
        long byOrganisation = published("Levels Alpha " + word);
        long existence = published("Levels Beta " + word);
        long notYet = published("Levels Gamma " + word);
        ModeratorPrincipal moderator = Moderators.create(jdbc, "Level Moderator");
        moderation.confirmByOrganisation(byOrganisation, version(byOrganisation), moderator);
        move(existence, VerificationMove.CONFIRM_EXISTENCE, moderator);
        WebClient web = new WebClient(port);
        String search = "/organisations?q=" + word + "&verified=";

        org.peacedirectory.SearchAfterCommit.assertShown(
                app.getEnvironment(),
                () -> assertThat(slugs(web.page(search + "confirmed-by-organisation", "en")))
                        .containsExactly(slugOf(byOrganisation)));
        assertThat(slugs(web.page(search + "existence-confirmed", "en"))).containsExactly(slugOf(existence));
        assertThat(slugs(web.page(search + "true", "en")))
                .containsExactlyInAnyOrder(slugOf(byOrganisation), slugOf(existence));
        assertThat(slugs(web.page(search + "false", "en"))).containsExactly(slugOf(notYet));
        assertThat(slugs(web.page(search + "not-yet-verified", "en"))).containsExactly(slugOf(notYet));
        Document any = web.page("/organisations?q=" + word, "en");
        assertThat(any.selectFirst("label[for=verified-CONFIRMED]").text()).isEqualTo("Verified (any level) (2)");
        assertThat(any.selectFirst("label[for=verified-CONFIRMED_BY_ORGANISATION]")
                        .text())
                .isEqualTo("Confirmed by the organisation (1)");
        assertThat(web.page(search + "true", "fr").select(".active-filters a").eachText())
                .contains("Retirer : Vérifiée (tout niveau)");

        JsonNode items = json("/api/v1/organisations?q=" + word + "&verified=existence-confirmed")
                .get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("slug").asString()).isEqualTo(slugOf(existence));
        assertThat(items.get(0).get("verificationLevel").asString()).isEqualTo("EXISTENCE_CONFIRMED");
        assertThat(items.get(0).get("verified").asBoolean()).isTrue();
        assertThat(json("/api/v1/organisations?q=" + word + "&verified=true")
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode verification =
                json("/api/v1/organisations/" + slugOf(byOrganisation)).get("verification");
        assertThat(verification.get("level").asString()).isEqualTo("CONFIRMED_BY_ORGANISATION");
        assertThat(verification.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(verification.get("verifiedOn").asString()).isEqualTo(today.toString());
        assertThat(verification.get("validUntil").asString())
                .isEqualTo(today.plusMonths(24).toString());
        assertThat(verification.toString()).doesNotContain("Level Moderator");

        JsonNode jsonLd = JSON.readTree(web.page("/organisations/" + slugOf(byOrganisation), "en")
                .selectFirst("script[type=application/ld+json]")
                .data());
        assertThat(jsonLd.get("lastReviewed").asString()).isEqualTo(today.toString());
        JsonNode level = jsonLd.get("mainEntity").get("additionalProperty").get(0);
        assertThat(level.get("propertyID").asString()).isEqualTo("verificationLevel");
        assertThat(level.get("value").asString()).isEqualTo("CONFIRMED_BY_ORGANISATION");
        assertThat(JSON.readTree(web.page("/organisations/" + slugOf(notYet), "en")
                                .selectFirst("script[type=application/ld+json]")
                                .data())
                        .has("lastReviewed"))
                .isFalse();

        String uuid = jdbc.sql("select uuid::text from organisation where id = ?")
                .param(byOrganisation)
                .query(String.class)
                .single();
        JsonNode organization = json("/api/hsds/organizations/" + uuid);
        JsonNode attribute = organization
                .get("attributes")
                .valueStream()
                .filter(a -> a.get("link_type").asString().equals("verification"))
                .findFirst()
                .orElseThrow();
        assertThat(attribute.get("taxonomy_term").get("code").asString()).isEqualTo("CONFIRMED_BY_ORGANISATION");
        assertThat(attribute.get("value").asString()).isEqualTo(today.toString());
        assertThat(organization
                        .get("metadata")
                        .valueStream()
                        .filter(m -> m.get("last_action_type").asString().equals("verify"))
                        .map(m -> m.get("replacement_value").asString()))
                .containsExactly("CONFIRMED_BY_ORGANISATION");
    }

    @Test
    void explainsTheLevelsInBothLanguagesOnThePageTheBadgesLinkTo() {
        WebClient web = new WebClient(port);
        assertThat(web.page("/organisations/conascipal", "en")
                        .selectFirst(".verification a.badge")
                        .attr("href"))
                .isEqualTo("/verification#level-NOT_YET_VERIFIED");

        HttpResponse<String> english = web.get("/verification", "en");
        assertThat(english.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(english.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Verification levels");
        assertThat(page.select("h2[id^=level-]").eachAttr("id"))
                .containsExactly(
                        "level-NOT_YET_VERIFIED", "level-EXISTENCE_CONFIRMED", "level-CONFIRMED_BY_ORGANISATION");
        assertThat(page.select("h2[id^=level-]").eachText())
                .containsExactly("Not yet verified", "Existence confirmed", "Confirmed by the organisation");
        assertThat(page.text()).contains("24 months after a verification");

        Document french = web.page("/verification", "fr");
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Niveaux de vérification");
        assertThat(french.select("h2[id^=level-]").eachText())
                .containsExactly("Pas encore vérifiée", "Existence confirmée", "Confirmée par l'organisation");
        assertThat(french.text()).contains("24 mois après une vérification");
        assertThat(web.get("/verification", "fr").body())
                .as("French typography: a non-breaking space before the colon")
                .contains("jamais par qui\u00a0:");
    }

    /** An API answer, asked for as JSON. */
    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Accept", "application/json")
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A new organisation submitted through the form and approved; its id. */
    private long published(String name) {
        return Approvals.approveNew(app, port, name).getId();
    }

    private void move(long id, VerificationMove move, ModeratorPrincipal moderator) {
        moderation.verification(id, version(id), move, moderator);
    }

    /** The hidden fields of the form in that element (CSRF token, version, move). */
    private static Map<String, List<String>> fieldsOf(Element container) {
        Map<String, List<String>> fields = new HashMap<>();
        container.select("form input[name]").forEach(input -> fields.put(input.attr("name"), List.of(input.val())));
        return fields;
    }

    private long version(long id) {
        return jdbc.sql("select version from organisation where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from organisation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String level(long id) {
        return jdbc.sql("select verification_level from organisation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private OffsetDateTime verifiedAt(long id) {
        return jdbc.sql("select verified_at from organisation where id = ?")
                .param(id)
                .query(OffsetDateTime.class)
                .single();
    }

    /** The verification actions logged on the profile, oldest first. */
    private List<String> actions(long id) {
        return jdbc.sql("""
                select action from moderation_log where organisation_id = ? and action like 'ORGANISATION_%'
                and action <> 'ORGANISATION_ROLLED_BACK' order by id""").param(id).query(String.class).list();
    }

    private static String month(OffsetDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A word no other organisation has, made of letters only (a search word). */
    private static String word() {
        StringBuilder word = new StringBuilder("Zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static List<String> slugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }
}
