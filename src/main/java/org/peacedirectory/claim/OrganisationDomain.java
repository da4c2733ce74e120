package org.peacedirectory.claim;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The organisation's own web domain, which a claim's email must be at: the host of the profile's website
 * without a leading {@code www.} ({@code https://www.conascipal.org/fr} gives {@code conascipal.org}). An
 * address at that domain or at any of its subdomains belongs to it ({@code x@mail.conascipal.org}); one
 * at another domain does not, even one that merely ends with the same letters ({@code x@notconascipal.org}).
 */
final class OrganisationDomain {

    private OrganisationDomain() {}

    /** The domain of a website's address; empty without a website, or when its address has no usable host. */
    static Optional<String> of(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = new URI(website.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String domain = withoutTrailingDot(host.toLowerCase(Locale.ROOT));
            if (domain.startsWith("www.")) {
                domain = domain.substring(4);
            }
            return domain.indexOf('.') > 0 ? Optional.of(domain) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the email is at the domain or one of its subdomains. */
    static boolean emailAt(String email, String domain) {
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return false;
        }
        String host = withoutTrailingDot(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static String withoutTrailingDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
