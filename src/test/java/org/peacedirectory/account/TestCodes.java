package org.peacedirectory.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Codes as an authenticator app computes them from the key the enrolment page shows (RFC 6238 and the
 * dynamic truncation of RFC 4226), written here apart from the app's own code so that tests check it.
 */
public final class TestCodes {

    private TestCodes() {}

    public static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    /** The 6-digit code of a time step for a Base32 key, spaces allowed. */
    public static String at(String base32Key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(base32Key.replace(" ", "")), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code that is certainly not the one of this step (its last digit changed). */
    public static String wrong(String base32Key, long step) {
        String right = at(base32Key, step);
        return right.substring(0, 5) + (char) ('0' + (right.charAt(5) - '0' + 1) % 10);
    }
}
