package org.peacedirectory.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 6 digits, a new
 * code every 30 seconds. A code is accepted one step early or late, for clocks that drift.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** 160 bits, the size RFC 4226 recommends for HMAC-SHA1. */
    private static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new random secret, in Base32 without padding, as authenticator apps expect it. */
    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** What an authenticator app reads (usually from a QR code) to add the account. */
    static String uri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * The time step (current, previous or next) whose code this is, if it is later than {@code lastUsedStep};
     * empty for a wrong, malformed or already used code.
     */
    static OptionalLong matchingStep(String secret, @Nullable String code, Instant now, @Nullable Long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        int given = Integer.parseInt(digits);
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && codeAt(secret, step) == given) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static int codeAt(String secret, long step) {
        try {
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret.toUpperCase(Locale.ROOT)), "HmacSHA1");
            return new TimeBasedOneTimePasswordGenerator()
                    .generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP_SECONDS));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored second-factor secret is not a usable key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
