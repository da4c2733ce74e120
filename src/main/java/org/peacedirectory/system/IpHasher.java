package org.peacedirectory.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns an IP address into a keyed hash: enough to recognise repeated abuse from one address, useless
 * to anyone who reads the database without the key.
 */
@Component
public class IpHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final AppSecrets secrets;

    IpHasher(AppSecrets secrets) {
        this.secrets = secrets;
    }

    public String hash(String ipAddress) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secrets.get("ip-hash"), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(ipAddress.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
