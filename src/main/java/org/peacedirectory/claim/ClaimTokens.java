package org.peacedirectory.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.peacedirectory.system.AppSecrets;
import org.peacedirectory.system.RandomTokens;
import org.springframework.stereotype.Component;

/**
 * The token of a claim's confirmation link: the HMAC, under the app's secret, of a random salt kept with the
 * claim. Only the salt and the token's SHA-256 are stored, so the database alone gives no working link; the
 * mail, sent after the commit, makes the token again from the salt, so no token waits in the event
 * publication registry either.
 */
@Component
class ClaimTokens {

    private static final String SECRET = "claim-confirmation";
    private static final int SALT_BYTES = 32;

    /** A new confirmation: the salt kept, the token mailed, the hash kept to find the claim. */
    record Issued(String salt, String token, String hash) {}

    private final AppSecrets secrets;

    ClaimTokens(AppSecrets secrets) {
        this.secrets = secrets;
    }

    Issued issue() {
        String salt = RandomTokens.of(SALT_BYTES);
        String token = tokenOf(salt);
        return new Issued(salt, token, hashOf(token));
    }

    /** The token of the claim with that salt, as its link carries it (43 URL-safe characters). */
    String tokenOf(String salt) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.hmac(SECRET, salt));
    }

    /** What is stored of a token, and looked up. */
    static String hashOf(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
