package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peacedirectory.moderation.Moderators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The moderators' pages of issue 17 (claims, safety controls, high-risk countries, problem reports, the
 * re-check list) in French, the language their journeys do not use: each is French and axe finds nothing.
 */
class ModeratorPagesInFrenchBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void trustAndSafetyPagesAreFrenchAndAccessible() {
        long conascipal = jdbc.sql("select id from organisation where slug = 'conascipal'")
                .query(Long.class)
                .single();
        long report = jdbc.sql("""
                        insert into problem_report (organisation_id, reason, details, language, form_key, ip_hash,
                            created_at)
                        values (?, 'PUTS_PEOPLE_AT_RISK', 'Le numéro de téléphone expose le personnel.', 'fr',
                            gen_random_uuid()::text, 'french-pages-test', now())
                        returning id""").param(conascipal).query(Long.class).single();
        try {
            Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Modératrice Française");
            open("/login", "fr");
            type("email", login.email());
            type("password", login.password());
            clickAndWait(By.cssSelector("main form button[type=submit]"));

            for (String path : List.of(
                    "/moderation",
                    "/moderation/claims",
                    "/moderation/high-risk-countries",
                    "/moderation/organisations/" + conascipal + "/safety",
                    "/moderation/reports/" + report,
                    "/moderation/recheck")) {
                driver.get(url(path));
                assertThat(htmlLang()).as(path).isEqualTo("fr");
                assertThat(driver.getCurrentUrl()).as(path).endsWith(path);
                assertNoAccessibilityViolations();
            }
        } finally {
            jdbc.sql("delete from problem_report where id = ?").param(report).update();
        }
    }
}
