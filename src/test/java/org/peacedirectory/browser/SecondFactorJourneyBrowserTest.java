package org.peacedirectory.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peacedirectory.account.TestCodes;
import org.peacedirectory.moderation.Moderators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A moderator sets up a second factor in a real browser, without JavaScript on the site's side, then logs
 * in again with a code; axe finds no accessibility problem on the pages on the way.
 */
class SecondFactorJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void moderatorSetsUpASecondFactorAndLogsInWithACode() {
        Moderators.Login login = Moderators.withPassword(jdbc, encoder, "Second Factor Journey");
        logIn(login);
        assertThat(driver.getCurrentUrl()).endsWith("/moderation");

        clickAndWait(By.linkText("Second factor (authenticator app)"));
        assertNoAccessibilityViolations();
        String key = driver.findElement(By.id("secret")).getText();
        long step = TestCodes.currentStep();
        type("code", TestCodes.at(key, step));
        submitAndWaitForNewPage(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Your second factor is on.");
        assertThat(driver.findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);
        assertNoAccessibilityViolations();

        driver.manage().deleteAllCookies();
        logIn(login);
        assertThat(driver.getCurrentUrl()).endsWith("/login/second-factor");
        assertNoAccessibilityViolations();
        type("code", TestCodes.at(key, step + 1));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/moderation");
    }

    private void logIn(Moderators.Login login) {
        driver.get(url("/login"));
        type("email", login.email());
        type("password", login.password());
        clickAndWait(By.cssSelector("main form button[type=submit]"));
    }
}
