package org.peacedirectory.api.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses as HSDS types them ({@code format: uri}, RFC 3986). A website is stored as the submitter typed it
 * and a moderator approved it, and may hold characters a URI must escape (a space, quotes, angle brackets):
 * those are percent-encoded; an address that is not a URI even then is left out rather than sent invalid.
 */
final class HsdsUris {

    private HsdsUris() {}

    static @Nullable String of(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (isAbsoluteUri(address)) {
            return address;
        }
        try {
            String encoded = UriComponentsBuilder.fromUriString(address.strip())
                    .encode()
                    .build()
                    .toUriString();
            return isAbsoluteUri(encoded) ? encoded : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static boolean isAbsoluteUri(String address) {
        try {
            return new URI(address).isAbsolute();
        } catch (URISyntaxException notOne) {
            return false;
        }
    }
}
