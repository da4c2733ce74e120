package org.peacedirectory.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Which requests the page cache may answer, by their address as sent: the public pages that are the same
 * for every anonymous reader, and the static files. Addresses are matched as they arrive, not decoded, so
 * an unusual spelling of one (an escaped letter, a path parameter) is simply rendered every time.
 */
final class SharedPages {

    /** What kind of answer an address gives. */
    enum Kind {
        /** A page in the reader's language: home, lists without words, profiles, countries, themes, networks, feeds. */
        PAGE,
        /** The same in every language: the sitemap, the API's records. */
        DOCUMENT,
        /** A static file (stylesheet, image), with a lifetime of its own. */
        FILE
    }

    /** Words typed in the search box: such a list is not kept here (the search results are, by the search). */
    static final String WORDS = "q";
    /** The same in the HSDS API ({@code /api/hsds/organizations?search=}). */
    static final String HSDS_WORDS = "search";
    /** The language switch, which answers with a cookie: never kept. */
    static final String LANGUAGE_SWITCH = "lang";
    /** Longer queries than this are rendered every time: no reader's link carries that many filters. */
    static final int LONGEST_QUERY = 512;

    private static final Map<Pattern, Kind> ADDRESSES = Map.of(
            Pattern.compile("/|/organisations|/countries|/themes|/open-data|/verification"), Kind.PAGE,
            Pattern.compile("/organisations/[a-z0-9-]{1,100}"), Kind.PAGE,
            Pattern.compile("/countries/[a-z]{2}"), Kind.PAGE,
            // A theme's or a network's page.
            Pattern.compile("/(themes|networks)/[a-z0-9-]{1,100}"), Kind.PAGE,
            // Atom feeds: in the reader's language, like the pages.
            Pattern.compile("/feeds(/countries/[a-z]{2}|/themes/[a-z0-9-]{1,100})?/(new|updated)\\.atom"), Kind.PAGE,
            // The open data API: a list in the reader's language (summaries), a profile and the lists of
            // countries, themes and networks the same in every language, and so is the API's description
            // (made from the code, its server the site's address).
            Pattern.compile("/api/v1/organisations"), Kind.PAGE,
            Pattern.compile(
                            "/api/v1/organisations/[a-z0-9-]{1,100}|/api/v1/(countries|themes|networks|openapi\\.json)"),
                    Kind.DOCUMENT,
            // Its HSDS form: every answer in the reader's language (taxonomy terms' names, descriptions).
            Pattern.compile(
                            "/api/hsds/?|/api/hsds/(organizations|taxonomies|taxonomy_terms|services)(/[0-9a-f-]{36})?"),
                    Kind.PAGE,
            Pattern.compile("/sitemap\\.xml|/sitemap-pages\\.xml|/sitemap-profiles-[1-9][0-9]{0,6}\\.xml"),
                    Kind.DOCUMENT,
            // Also the files of the API's page (Swagger UI's, from its jar), but swagger-initializer.js, which
            // springdoc writes for each request.
            Pattern.compile("/(css|images)/[A-Za-z0-9._-]{1,200}"
                            + "|/api/v1/swagger-ui/(?!swagger-initializer\\.js$)[A-Za-z0-9._-]{1,200}"),
                    Kind.FILE);

    private SharedPages() {}

    /** The request's address within the application, as sent. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A HEAD is rendered as the GET it stands for, so that the page kept has its body. */
    static HttpServletRequest asGet(HttpServletRequest request) {
        if (!"HEAD".equals(request.getMethod())) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** What a GET or HEAD of this address gives, when it is the same for every anonymous reader; else null. */
    static @Nullable Kind kindOf(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        String query = request.getQueryString();
        if (query != null
                && (query.length() > LONGEST_QUERY
                        || request.getParameter(LANGUAGE_SWITCH) != null
                        || StringUtils.hasText(request.getParameter(WORDS))
                        || StringUtils.hasText(request.getParameter(HSDS_WORDS)))) {
            return null;
        }
        String path = path(request);
        for (Map.Entry<Pattern, Kind> address : ADDRESSES.entrySet()) {
            if (address.getKey().matcher(path).matches()) {
                return address.getValue();
            }
        }
        return null;
    }
}
