package org.peacedirectory.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * One-time recovery codes: 16 Base32 characters (80 random bits) shown as {@code ABCD-EFGH-IJKL-MNOP}.
 * Only their SHA-256 is stored; with 80 random bits a slow hash would add nothing.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[BYTES];
            RANDOM.nextBytes(bytes);
            codes.add(new Base32().encodeToString(bytes).replaceAll("(.{4})(?!$)", "$1-"));
        }
        return codes;
    }

    /** True for what could be a recovery code as typed (any case, dashes and spaces ignored). */
    @Contract("null -> false")
    static boolean looksLikeOne(@Nullable String typed) {
        return typed != null && normalise(typed).matches("[A-Z2-7]{16}");
    }

    static String hash(String typed) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
