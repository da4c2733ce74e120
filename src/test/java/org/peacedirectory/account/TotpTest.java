package org.peacedirectory.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** The codes are the ones every authenticator app makes (RFC 6238), accepted one step either side, once. */
class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    private static final String RFC_SECRET =
            new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void makesTheCodesOfRfc6238sTestVectors() {
        // The RFC gives 8 digits; apps show the last 6.
        assertThat(Totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo(287082);
        assertThat(Totp.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo(81804);
        assertThat(Totp.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo(5924);
        assertThat(Totp.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo(279037);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;

        assertThat(Totp.matchingStep(RFC_SECRET, code(step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, code(step), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, code(step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, code(step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, code(step + 2), now, null)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;

        assertThat(Totp.matchingStep(RFC_SECRET, code(step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, code(step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, code(step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void acceptsSpacesAndRefusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        String code = code(1234567890L / 30);

        assertThat(Totp.matchingStep(RFC_SECRET, " " + code.substring(0, 3) + " " + code.substring(3), now, null))
                .isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "05924", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "0059240", now, null)).isEmpty();
    }

    @Test
    void makesNewSecretsOf160BitsThatAppsRead() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.uri("Peace Directory", "ana@example.org", secret))
                .isEqualTo("otpauth://totp/Peace%20Directory:ana%40example.org?secret=" + secret
                        + "&issuer=Peace%20Directory&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }

    private static String code(long step) {
        return TestCodes.at(RFC_SECRET, step);
    }
}
