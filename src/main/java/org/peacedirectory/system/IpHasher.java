package org.peacedirectory.system;

import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Turns an IP address into a keyed hash: enough to recognise repeated abuse from one address, useless
 * to anyone who reads the database without the key.
 */
@Component
public class IpHasher {

    private final AppSecrets secrets;

    IpHasher(AppSecrets secrets) {
        this.secrets = secrets;
    }

    public String hash(String ipAddress) {
        return HexFormat.of().formatHex(secrets.hmac("ip-hash", ipAddress));
    }
}
