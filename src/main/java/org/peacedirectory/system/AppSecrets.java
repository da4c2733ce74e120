package org.peacedirectory.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys the app makes for itself the first time it needs them and keeps in its database, so that they
 * survive restarts and are shared by every instance without any configuration.
 */
@Component
public class AppSecrets {

    private static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AppSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** HMAC-SHA256 of the text under the secret of that name. */
    public byte[] hmac(String name, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(get(name), HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The secret of that name, created at random on first use. */
    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        byte[] candidate = new byte[KEY_BYTES];
        random.nextBytes(candidate);
        // Two instances starting at once: the first insert wins and both read the same value.
        jdbc.sql("insert into app_secret (name, value) values (?, ?) on conflict (name) do nothing")
                .params(name, candidate)
                .update();
        return jdbc.sql("select value from app_secret where name = ?")
                .param(name)
                .query(byte[].class)
                .single();
    }
}
