package org.peacedirectory.system;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's public address ({@code directory.base-url}), for every absolute link the site gives out:
 * canonical links, Open Graph, JSON-LD, the sitemap, robots.txt, tracking links and mails. Never taken
 * from the request: a forged {@code Host} header must not end up in a page, a cache or a mail.
 * <p>
 * The setting is read at each use, because its default ({@code http://localhost:} and the port the
 * server listens on) is known only once the server has started. With mail configured it is required.
 */
@Component
public class SiteUrl {

    static final String PROPERTY = "directory.base-url";

    private final Environment environment;

    SiteUrl(Environment environment) {
        this.environment = environment;
        requireForMail(environment);
        check(base());
    }

    /** The base address without a trailing slash, e.g. {@code https://peace.example.org}. */
    public String base() {
        String base = environment.getProperty(PROPERTY, "").trim();
        if (base.isEmpty()) {
            base = "http://localhost:"
                    + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** An absolute link to a path of the site; the variables fill its {@code {placeholders}}, encoded. */
    public String of(String pathTemplate, Object... variables) {
        return UriComponentsBuilder.fromUriString(base())
                .path(pathTemplate)
                .encode()
                .buildAndExpand(variables)
                .toUriString();
    }

    /** Mail goes out of this machine: a link to localhost in it would lead nowhere, so mail needs the address. */
    private static void requireForMail(Environment environment) {
        if (environment.containsProperty("spring.mail.host") && !environment.containsProperty(PROPERTY)) {
            throw new BaseUrlRequiredException();
        }
    }

    private static void check(String base) {
        try {
            URI uri = new URI(base);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalStateException(refusal(base));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(refusal(base), e);
        }
    }

    private static String refusal(String base) {
        return PROPERTY + " (DIRECTORY_BASE_URL) must be the site's public address, such as "
                + "https://peace.example.org, not '" + base + "'";
    }

    static final class BaseUrlRequiredException extends IllegalStateException {
        BaseUrlRequiredException() {
            super("Mail is configured (spring.mail.host) but not the site's public address (" + PROPERTY
                    + "): the links in mails would point to this machine.");
        }
    }
}
