package org.peacedirectory.system;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for URLs and forms: random bytes, base64url without padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    public static String of(int bytes) {
        byte[] token = new byte[bytes];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
