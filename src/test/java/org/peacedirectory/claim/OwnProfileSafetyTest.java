package org.peacedirectory.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.moderation.Moderators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The safety controls of an organisation's own profile on {@code /my-organisation}, over real HTTP: hiding
 * takes effect at once and is logged with the claimant as actor; asking to show again waits for a moderator,
 * who finds the request in the queue; only the signed-in organisation's profile ever changes, whatever is
 * posted; no change without the CSRF token; an unknown value is refused. The accepted claims are written
 * directly and the sign-in link is made without mail (the claim itself is ClaimProfileTest's).
 */
@DirectoryTest
class OwnProfileSafetyTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    OneTimeTokenService tokens;

    @Test
    void hidesThePhoneAndTheCityAtOnceAndItsAskingToShowThemAgainWaitsForAModerator() {
        Profile own = profile("Own Safety Test Org");
        FormSession organisation = signedIn(own, "Mariam Diallo");
        Document home = organisation.page("/my-organisation");
        assertThat(home.select("#safety-controls form").attr("action")).isEqualTo("/my-organisation/safety");
        assertThat(home.select("#safety-phone-public").hasAttr("checked")).isTrue();
        assertThat(checker.errorsIn(home.outerHtml())).isEmpty();
        assertThat(publicPage(own)).contains(own.phone(), own.city());

        Map<String, String> hide = form(home);
        hide.put("phone", "MODERATORS_ONLY");
        hide.put("location", "COUNTRY_ONLY");
        HttpResponse<String> saved = organisation.postUrlEncoded("/my-organisation/safety", hide);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValue("/my-organisation#safety-controls");
        assertThat(publicPage(own)).as("hidden at once").doesNotContain(own.phone(), own.city());
        Document after = organisation.page("/my-organisation");
        assertThat(after.select("#safety-in-effect li").eachText())
                .containsExactly("Phone: Moderators only", "Location: Country only");
        assertThat(after.select("#safety-phone-hidden").hasAttr("checked")).isTrue();
        assertThat(logged(own)).containsExactly("PROFILE_SAFETY_HIDDEN Mariam Diallo");

        Map<String, String> show = form(after);
        show.put("phone", "PUBLIC");
        show.put("location", "CITY");
        show.put("email", "MODERATORS_ONLY");
        organisation.postUrlEncoded("/my-organisation/safety", show);

        assertThat(publicPage(own))
                .as("the phone and the city wait for a moderator; the email is hidden at once")
                .doesNotContain(own.phone(), own.city(), own.email());
        Document waiting = organisation.page("/my-organisation");
        assertThat(waiting.select("#safety-in-effect li").eachText()).containsExactly("Email: Moderators only");
        assertThat(waiting.select("#safety-result").text()).contains("waits for a moderator");
        assertThat(waiting.select("#safety-pending li").eachText())
                .containsExactly("Phone: Public", "Location: City and country");
        assertThat(checker.errorsIn(waiting.outerHtml())).isEmpty();
        assertThat(checker.errorsIn(signedIn(own, "Mariam Diallo", "fr")
                        .page("/my-organisation")
                        .outerHtml()))
                .isEmpty();
        assertThat(logged(own))
                .containsExactly(
                        "PROFILE_SAFETY_HIDDEN Mariam Diallo",
                        "PROFILE_SAFETY_HIDDEN Mariam Diallo",
                        "PROFILE_SAFETY_SHOWING_REQUESTED Mariam Diallo");

        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Own Safety Moderator"));
        Document queue = moderator.page("/moderation");
        assertThat(queue.select("#showing-request-" + own.id()).text()).contains(own.name(), "Mariam Diallo");
        assertThat(queue.select("#showing-request-" + own.id() + " a").attr("href"))
                .isEqualTo("/moderation/organisations/" + own.id() + "/safety");
        assertThat(checker.errorsIn(queue.outerHtml())).isEmpty();
        Document safetyPage = moderator.page("/moderation/organisations/" + own.id() + "/safety");
        moderator.postUrlEncoded(
                "/moderation/organisations/" + own.id() + "/safety/approve",
                Map.of("_csrf", safetyPage.selectFirst("input[name=_csrf]").attr("value")));

        assertThat(publicPage(own)).contains(own.phone(), own.city()).doesNotContain(own.email());
        assertThat(organisation.page("/my-organisation").select("#safety-pending"))
                .isEmpty();
        assertThat(moderator.page("/moderation").select("#showing-request-" + own.id()))
                .isEmpty();
        assertThat(logged(own)).endsWith("PROFILE_SAFETY_SHOWING_APPROVED Own Safety Moderator");
    }

    @Test
    void changesOnlyItsOwnProfileWhateverIsPosted() {
        Profile own = profile("Only Own Test Org");
        Profile other = profile("Someone Else Test Org");
        FormSession organisation = signedIn(own, "Oumar Traoré");
        Map<String, String> hide = form(organisation.page("/my-organisation"));
        hide.put("phone", "MODERATORS_ONLY");
        hide.put("slug", other.slug());
        hide.put("id", Long.toString(other.id()));
        hide.put("organisationId", Long.toString(other.id()));

        assertThat(organisation
                        .postUrlEncoded("/my-organisation/safety?slug=" + other.slug() + "&id=" + other.id(), hide)
                        .statusCode())
                .isEqualTo(302);
        assertThat(organisation
                        .postUrlEncoded("/moderation/organisations/" + other.id() + "/safety", hide)
                        .statusCode())
                .isEqualTo(403);
        assertThat(organisation
                        .postUrlEncoded("/my-organisation/safety/" + other.id(), hide)
                        .statusCode())
                .isIn(403, 404, 405);

        assertThat(phoneVisibility(own)).isEqualTo("MODERATORS_ONLY");
        assertThat(phoneVisibility(other)).isEqualTo("PUBLIC");
        assertThat(publicPage(other)).contains(other.phone());
        assertThat(logged(other)).isEmpty();
    }

    @Test
    void aModeratorOrAnAnonymousVisitorCannotUseAnOrganisationsControls() {
        Profile own = profile("Not Theirs Test Org");
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, "Not The Organisation"));
        String csrf =
                moderator.page("/moderation").selectFirst("input[name=_csrf]").attr("value");

        assertThat(moderator
                        .postUrlEncoded("/my-organisation/safety", Map.of("_csrf", csrf, "phone", "MODERATORS_ONLY"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> anonymous = new FormSession(port, "en").get("/my-organisation");
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/my-organisation/sign-in"));
        assertThat(phoneVisibility(own)).isEqualTo("PUBLIC");
    }

    @Test
    void refusesAChangeWithoutTheCsrfTokenOrWithAnUnknownValueAndChangesNothing() {
        Profile own = profile("Refused Safety Test Org");
        FormSession organisation = signedIn(own, "Awa Keita");
        Map<String, String> form = form(organisation.page("/my-organisation"));

        Map<String, String> withoutToken = new HashMap<>(form);
        withoutToken.remove("_csrf");
        withoutToken.put("phone", "MODERATORS_ONLY");
        assertThat(organisation
                        .postUrlEncoded("/my-organisation/safety", withoutToken)
                        .statusCode())
                .isEqualTo(403);

        Map<String, String> unknown = new HashMap<>(form);
        unknown.put("phone", "EVERYONE");
        HttpResponse<String> refused = organisation.postUrlEncoded("/my-organisation/safety", unknown);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#safety-controls .field-error").text())
                .isEqualTo("Some choices were not understood: nothing was changed. Choose again.");
        assertThat(checker.errorsIn(refused.body())).isEmpty();

        assertThat(phoneVisibility(own)).isEqualTo("PUBLIC");
        assertThat(logged(own)).isEmpty();
    }

    /** A published profile of its own with a public email and phone and a city, at a web domain of its own. */
    private record Profile(long id, String slug, String name, String domain, String email, String phone, String city) {}

    private Profile profile(String prefix) {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String name = prefix + " " + word;
        String domain = "own-safety-" + word + ".org";
        String slug = ClaimTestSupport.organisation(context, name, "https://www." + domain);
        String email = "public-" + word + "@" + domain;
        String phone = "+223 " + (20000000 + Math.floorMod(word.hashCode(), 9999999));
        String city = "Kayes" + word;
        jdbc.sql("""
                update organisation set city = ?, contact_email = ?, contact_phone = ?,
                    email_visibility = 'PUBLIC', phone_visibility = 'PUBLIC', location_precision = 'CITY'
                where slug = ?""").params(city, email, phone, slug).update();
        long id = jdbc.sql("select id from organisation where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        return new Profile(id, slug, name, domain, email, phone, city);
    }

    private FormSession signedIn(Profile profile, String claimant) {
        return signedIn(profile, claimant, "en");
    }

    /** An accepted claim of the profile (written directly), and a session signed in by its one-time link. */
    private FormSession signedIn(Profile profile, String claimant, String language) {
        String email = "team@" + profile.domain();
        if (jdbc.sql("select count(*) from profile_claim where organisation_id = ?")
                        .param(profile.id())
                        .query(Integer.class)
                        .single()
                == 0) {
            String key = UUID.randomUUID().toString();
            jdbc.sql("""
                    insert into profile_claim (organisation_id, claimant_name, claimant_role, email, language, status,
                        form_key, ip_hash, confirmation_salt, confirmation_hash, confirmation_expires_at, created_at,
                        confirmed_at, decided_at)
                    values (?, ?, 'Coordinator', ?, 'en', 'ACCEPTED', ?, 'test', ?, ?, now() + interval '1 day', now(),
                        now(), now())""").params(profile.id(), claimant, email, key, key, key).update();
            jdbc.sql("update organisation set managed_by_organisation = true where id = ?")
                    .param(profile.id())
                    .update();
        }
        String token = tokens.generate(new GenerateOneTimeTokenRequest(email)).getTokenValue();
        FormSession organisation = new FormSession(port, language);
        HttpResponse<String> signedIn = ClaimTestSupport.submitPageForm(
                organisation, "/my-organisation/sign-in/link?token=" + token, "/my-organisation/sign-in/link");
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/my-organisation");
        return organisation;
    }

    /** The safety form's values as the page shows them (its CSRF token included). */
    private static Map<String, String> form(Document page) {
        Element form = page.selectFirst("#safety-controls form");
        assertThat(form).as("the safety controls").isNotNull();
        Map<String, String> fields = new HashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!(type.equals("radio") || type.equals("checkbox")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        return fields;
    }

    private String publicPage(Profile profile) {
        return new FormSession(port, "en")
                .page("/organisations/" + profile.slug())
                .select("main")
                .text();
    }

    private String phoneVisibility(Profile profile) {
        return jdbc.sql("select phone_visibility from organisation where id = ?")
                .param(profile.id())
                .query(String.class)
                .single();
    }

    private List<String> logged(Profile profile) {
        return jdbc.sql("select action || ' ' || actor_name from moderation_log where organisation_id = ? order by id")
                .param(profile.id())
                .query(String.class)
                .list();
    }
}
