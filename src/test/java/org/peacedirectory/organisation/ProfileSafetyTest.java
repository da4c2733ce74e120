package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.moderation.Approvals;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may change a profile's safety settings, and how: hiding takes effect at once for anyone allowed;
 * showing again takes effect when a moderator does it and otherwise waits for one; every change is in the
 * moderation log. High-risk countries give new profiles hidden contacts, logo and city. The moderator pages
 * are closed to everyone else.
 */
@DirectoryTest
class ProfileSafetyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HostileProfiles profiles;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext app;

    @Autowired
    ProfileSafety safety;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    FormStamp stamps;

    private static final NuHtmlChecker CHECKER = new NuHtmlChecker();

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void theOrganisationHidesAtOnceButItsShowingAgainWaitsForAModeratorAndEveryStepIsLogged() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "claimed-safety-");
        SafetyActor organisation = SafetyActor.organisation(null, "Awa at the organisation");
        SafetySettings phoneHidden = new SafetySettings(
                Visibility.PUBLIC,
                Visibility.MODERATORS_ONLY,
                Visibility.PUBLIC,
                Visibility.PUBLIC,
                Visibility.PUBLIC,
                LocationPrecision.COUNTRY_ONLY,
                false,
                false);

        assertThat(safety.change(seeded.slug(), phoneHidden, organisation)).isEqualTo(ProfileSafety.Outcome.APPLIED);

        assertThat(profilePage(seeded))
                .doesNotContain(seeded.phone(), seeded.city())
                .contains(seeded.email());
        assertThat(lastLog(seeded))
                .isEqualTo(List.of(
                        "PROFILE_SAFETY_HIDDEN",
                        "Awa at the organisation",
                        "phone MODERATORS_ONLY, location COUNTRY_ONLY"));

        assertThat(safety.change(seeded.slug(), SafetySettings.ALL_SHOWN, organisation))
                .isEqualTo(ProfileSafety.Outcome.SHOWING_PENDING);

        assertThat(profilePage(seeded)).as("not before a moderator").doesNotContain(seeded.phone(), seeded.city());
        assertThat(lastLog(seeded))
                .isEqualTo(List.of(
                        "PROFILE_SAFETY_SHOWING_REQUESTED", "Awa at the organisation", "phone PUBLIC, location CITY"));

        FormSession moderator = moderator("Approving Moderator");
        Document page = moderator.page("/moderation/organisations/" + seeded.id() + "/safety");
        assertThat(page.select("#pending-heading")).isNotEmpty();
        assertThat(page.text()).contains("Awa at the organisation");
        HttpResponse<String> approved = moderator.post(
                "/moderation/organisations/" + seeded.id() + "/safety/approve",
                SafetySupport.fieldsOf(page, "/safety/approve"),
                Map.of());

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(profilePage(seeded)).contains(seeded.phone(), seeded.city());
        assertThat(lastLog(seeded))
                .isEqualTo(List.of(
                        "PROFILE_SAFETY_SHOWING_APPROVED", "Approving Moderator", "phone PUBLIC, location CITY"));
        assertThat(moderator
                        .page("/moderation/organisations/" + seeded.id() + "/safety")
                        .select("#pending-heading"))
                .as("decided")
                .isEmpty();
    }

    @Test
    void aRefusedRequestChangesNothingAndIsLogged() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "refused-safety-");
        hideTheLogoAndAskToShowItAgain(seeded, "Moussa at the organisation");

        FormSession moderator = moderator("Refusing Moderator");
        Document page = moderator.page("/moderation/organisations/" + seeded.id() + "/safety");
        moderator.post(
                "/moderation/organisations/" + seeded.id() + "/safety/refuse",
                SafetySupport.fieldsOf(page, "/safety/refuse"),
                Map.of());

        assertThat(SafetySupport.get(http, port, "/organisations/" + seeded.slug() + "/logo")
                        .statusCode())
                .isEqualTo(404);
        assertThat(lastLog(seeded))
                .isEqualTo(List.of("PROFILE_SAFETY_SHOWING_REFUSED", "Refusing Moderator", "logo PUBLIC"));
    }

    @Test
    void aModeratorShowsAgainAtOnceAndBothChangesAreLogged() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "moderator-safety-");
        FormSession moderator = moderator("Showing Moderator");
        String address = "/moderation/organisations/" + seeded.id() + "/safety";
        Map<String, List<String>> hidden =
                SafetySupport.allHidden(SafetySupport.fieldsOf(moderator.page(address), "/safety"), false, false);
        moderator.post(address, hidden, Map.of());
        assertThat(lastLog(seeded).subList(0, 2)).isEqualTo(List.of("PROFILE_SAFETY_HIDDEN", "Showing Moderator"));
        Document form = moderator.page(address);
        assertThat(form.select("#safety-email-hidden[checked]")).isNotEmpty();
        assertThat(form.select("#safety-location-country[checked]")).isNotEmpty();

        Map<String, List<String>> shown = SafetySupport.fieldsOf(form, "/safety");
        shown.put("email", List.of("PUBLIC"));
        HttpResponse<String> saved = moderator.post(address, shown, Map.of());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(moderator.page(address).selectFirst(".flash").text()).startsWith("Saved");
        assertThat(profilePage(seeded)).contains(seeded.email()).doesNotContain(seeded.phone());
        assertThat(lastLog(seeded)).isEqualTo(List.of("PROFILE_SAFETY_SHOWN", "Showing Moderator", "email PUBLIC"));
    }

    @Test
    void aModeratorsChangeThatReplacesAWaitingRequestIsLoggedUnderTheProfilesName() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "superseded-safety-");
        hideTheLogoAndAskToShowItAgain(seeded, "Fatou at the organisation");
        FormSession moderator = moderator("Superseding Moderator");
        String address = "/moderation/organisations/" + seeded.id() + "/safety";
        Map<String, List<String>> phoneHiddenToo = SafetySupport.fieldsOf(moderator.page(address), "/safety");
        phoneHiddenToo.put("phone", List.of("MODERATORS_ONLY"));

        assertThat(moderator.post(address, phoneHiddenToo, Map.of()).statusCode())
                .isEqualTo(302);

        assertThat(moderator.page(address).select("#pending-heading"))
                .as("replaced")
                .isEmpty();
        assertThat(lastLog(seeded))
                .isEqualTo(List.of("PROFILE_SAFETY_SHOWING_SUPERSEDED", "Superseding Moderator", "logo PUBLIC"));
        Document log =
                moderator.page("/moderation/log?action=PROFILE_SAFETY_SHOWING_SUPERSEDED&organisation=" + seeded.id());
        assertThat(log.select(".log-organisation").eachText()).containsExactly(seeded.name());
        assertThat(log.select("td.log-reason").eachText()).containsExactly("logo PUBLIC");
    }

    @Test
    void refusesAValueItDoesNotKnowWithAClearMessageAndChangesNothing() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "bad-safety-");
        FormSession moderator = moderator("Careless Moderator");
        String address = "/moderation/organisations/" + seeded.id() + "/safety";
        Map<String, List<String>> fields = SafetySupport.fieldsOf(moderator.page(address), "/safety");
        fields.put("phone", List.of("EVERYONE"));

        HttpResponse<String> refused = moderator.post(address, fields, Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("not understood");
        assertThat(profilePage(seeded)).contains(seeded.phone());
    }

    @Test
    void newProfilesInAHighRiskCountryStartHiddenWhileThoseAlreadyThereKeepTheirSettings() {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        Long existing = approvedIn("IS", "Existing Reykjavik Peace Forum " + unique);
        FormSession moderator = moderator("Risk Moderator");
        String page = "/moderation/high-risk-countries";
        Map<String, List<String>> mark = SafetySupport.fieldsOf(moderator.page(page), "/high-risk-countries");
        mark.put("country", List.of("IS"));
        assertThat(moderator.post(page, mark, Map.of()).statusCode()).isEqualTo(302);
        try {
            assertThat(moderator.page(page).select("#high-risk-IS")).isNotEmpty();
            assertThat(lastCountryLog()).isEqualTo(List.of("COUNTRY_MARKED_HIGH_RISK", "Risk Moderator", "country IS"));

            Long created = approvedIn("IS", "New Reykjavik Peace Forum " + unique);

            assertThat(settings(created))
                    .isEqualTo(List.of(
                            "MODERATORS_ONLY",
                            "MODERATORS_ONLY",
                            "MODERATORS_ONLY",
                            "MODERATORS_ONLY",
                            "MODERATORS_ONLY",
                            "COUNTRY_ONLY"));
            String slug = jdbc.sql("select slug from organisation where id = ?")
                    .param(created)
                    .query(String.class)
                    .single();
            assertThat(SafetySupport.get(http, port, "/organisations/" + slug).body())
                    .doesNotContain("Reykjavik-city", "contact-is@example.org");
            assertThat(settings(existing))
                    .as("left as it was")
                    .isEqualTo(List.of("PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "CITY"));
        } finally {
            Map<String, List<String>> remove =
                    SafetySupport.fieldsOf(moderator.page(page), "/high-risk-countries/IS/remove");
            assertThat(moderator.post(page + "/IS/remove", remove, Map.of()).statusCode())
                    .isEqualTo(302);
        }
        assertThat(moderator.page(page).select("#high-risk-IS")).isEmpty();
        assertThat(lastCountryLog()).isEqualTo(List.of("COUNTRY_UNMARKED_HIGH_RISK", "Risk Moderator", "country IS"));
    }

    @Test
    void theSafetyPagesAreClosedToAnonymousVisitorsAndRefuseFormsWithoutCsrfToken() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "closed-safety-");
        FormSession anonymous = new FormSession(port, "en");
        for (String path :
                List.of("/moderation/high-risk-countries", "/moderation/organisations/" + seeded.id() + "/safety")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        Map<String, String> everythingShown = Map.of("email", "PUBLIC", "location", "CITY");
        for (String path : List.of(
                "/moderation/high-risk-countries",
                "/moderation/organisations/" + seeded.id() + "/safety",
                "/moderation/organisations/" + seeded.id() + "/safety/approve")) {
            assertThat(anonymous.postUrlEncoded(path, everythingShown).statusCode())
                    .as(path)
                    .isIn(302, 403);
        }
        FormSession moderator = moderator("Csrf Safety Checker");
        assertThat(moderator
                        .postUrlEncoded("/moderation/organisations/" + seeded.id() + "/safety", everythingShown)
                        .statusCode())
                .isEqualTo(403);
        assertThat(moderator
                        .postUrlEncoded("/moderation/high-risk-countries", Map.of("country", "IS"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from high_risk_country where country_code = 'IS'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSafetyPagesPassTheNuHtmlCheckerInBothLanguages() {
        SafetySupport.Seeded seeded = SafetySupport.seed(profiles, jdbc, "valid-safety-");
        safety.change(
                seeded.slug(),
                SafetySettings.ALL_SHOWN.withContacts(Visibility.MODERATORS_ONLY),
                SafetyActor.organisation(null, "Valid Organisation"));
        safety.change(seeded.slug(), SafetySettings.ALL_SHOWN, SafetyActor.organisation(null, "Valid Organisation"));
        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Valid Moderator");
        for (String language : List.of("en", "fr")) {
            FormSession moderator = new FormSession(port, language);
            Moderators.logIn(moderator, login);
            for (String path : List.of(
                    "/moderation/organisations/" + seeded.id() + "/safety", "/moderation/high-risk-countries")) {
                HttpResponse<String> response = moderator.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(CHECKER.errorsIn(response.body()))
                        .as(path + " in " + language)
                        .isEmpty();
            }
        }
    }

    /** A new organisation in that country, with a city and a contact it agrees to show, approved: its id. */
    private Long approvedIn(String country, String name) {
        FormSession submitter = new FormSession(port, "en");
        Map<String, List<String>> form = support.filledNewOrganisation(submitter, stamps, name);
        form.put("organisation.countryCode", List.of(country));
        form.put("organisation.city", List.of("Reykjavik-city"));
        form.put("organisation.contactEmail", List.of("contact-is@example.org"));
        form.put("organisation.contactPublic", List.of("true"));
        assertThat(submitter.post("/submit", form, Map.of()).statusCode()).isEqualTo(302);
        support.clearRateLimits();
        long submission = jdbc.sql("select id from submission where proposal ->> 'name' = ?")
                .param(name)
                .query(Long.class)
                .single();
        return Approvals.approve(app, submission).getId();
    }

    private List<String> settings(long id) {
        return jdbc.sql("""
                select email_visibility, phone_visibility, postal_address_visibility, contact_person_visibility,
                       logo_visibility, location_precision from organisation where id = ?""")
                .param(id)
                .query((row, number) -> List.of(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)))
                .single();
    }

    /** The organisation hides its logo, then asks to show it again: a request waits for a moderator. */
    private void hideTheLogoAndAskToShowItAgain(SafetySupport.Seeded seeded, String by) {
        SafetyActor organisation = SafetyActor.organisation(null, by);
        SafetySettings logoHidden = new SafetySettings(
                Visibility.PUBLIC,
                Visibility.PUBLIC,
                Visibility.PUBLIC,
                Visibility.PUBLIC,
                Visibility.MODERATORS_ONLY,
                LocationPrecision.CITY,
                false,
                false);
        safety.change(seeded.slug(), logoHidden, organisation);
        safety.change(seeded.slug(), SafetySettings.ALL_SHOWN, organisation);
    }

    private String profilePage(SafetySupport.Seeded seeded) {
        return SafetySupport.get(http, port, "/organisations/" + seeded.slug()).body();
    }

    /** The profile's last log line: action, actor, reason. */
    private List<String> lastLog(SafetySupport.Seeded seeded) {
        return jdbc.sql("""
                select action, actor_name, reason from moderation_log where organisation_id = ?
                order by id desc limit 1""")
                .param(seeded.id())
                .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                .single();
    }

    private List<String> lastCountryLog() {
        return jdbc.sql("""
                select action, actor_name, reason from moderation_log where reason = 'country IS'
                order by id desc limit 1""")
                .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                .single();
    }

    private FormSession moderator(String name) {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, encoder, name));
        return moderator;
    }
}
