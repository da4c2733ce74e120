package org.peacedirectory.api.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The HSDS identifiers of everything but organisations (which have a random UUID of their own, stored):
 * name-based UUIDs (version 5, RFC 9562: SHA-1 of a fixed namespace and a name), so that the same
 * taxonomy, term, attribute, location or metadata entry has the same identifier in every answer and every
 * data package, on every instance, without being stored. The names are built from what identifies the
 * thing in the directory: a theme's slug, a country's ISO code, a network's name (networks are known by
 * their name), an organisation's UUID with what is attached to it. Never change the namespace or a name's
 * shape: every identifier would change.
 */
final class HsdsIds {

    /** Peace Directory's namespace for name-based UUIDs (itself a random UUID, chosen once). */
    static final UUID NAMESPACE = UUID.fromString("3f6e1f6c-2b5e-4f7a-9d1c-6a0b8e2c4d17");

    private HsdsIds() {}

    static UUID taxonomy(String key) {
        return of("taxonomy:" + key);
    }

    static UUID term(String taxonomyKey, String code) {
        return of("term:" + taxonomyKey + ":" + code);
    }

    /** Something attached to an organisation: an attribute, its location, its phone, a metadata entry. */
    static UUID of(UUID organisation, String what) {
        return of("organisation:" + organisation + ":" + what);
    }

    /** The version 5 UUID of a name in {@link #NAMESPACE}. */
    static UUID of(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
