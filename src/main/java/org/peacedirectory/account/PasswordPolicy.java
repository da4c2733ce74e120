package org.peacedirectory.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a moderator's password must be: 12 to 128 characters (counted as Unicode code points, so an
 * emoji is one), anything allowed, and not in the bundled list of common passwords (compared without
 * regard to case). Passwords are taken exactly as typed: never trimmed or normalised.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String TOO_SHORT = "account.password.tooShort";
    public static final String TOO_LONG = "account.password.tooLong";
    public static final String COMMON = "account.password.common";

    private static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The message code of the first problem with this password, or null when it is acceptable. */
    public @Nullable String check(@Nullable String password) {
        if (password == null) {
            return TOO_SHORT;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (length > MAX_LENGTH) {
            return TOO_LONG;
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return COMMON;
        }
        return null;
    }

    /** Arguments for the messages: {0} the minimum, {1} the maximum length. */
    public static Object[] messageArguments() {
        return new Object[] {MIN_LENGTH, MAX_LENGTH};
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
