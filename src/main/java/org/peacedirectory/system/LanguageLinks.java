package org.peacedirectory.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the links of the language switch: the same page, with the same query, in each language. */
@ControllerAdvice
class LanguageLinks {

    private final SiteUrl siteUrl;

    LanguageLinks(SiteUrl siteUrl) {
        this.siteUrl = siteUrl;
    }

    record LanguageLink(String language, String href, String absoluteHref, boolean current) {}

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = ""; // no query (the builder ignores an empty one)
        if (path == null) {
            path = request.getRequestURI();
            query = Objects.requireNonNullElse(request.getQueryString(), "");
        }
        String site = siteUrl.base();
        String pagePath = path;
        String pageQuery = query;
        return Languages.SUPPORTED.stream()
                .map(language -> {
                    // From the path and the query separately: a path such as "//elsewhere" stays a path.
                    String href = UriComponentsBuilder.fromPath(pagePath)
                            .query(pageQuery)
                            .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language.getLanguage())
                            .build()
                            .toUriString();
                    return new LanguageLink(
                            language.getLanguage(),
                            href,
                            site + href,
                            language.getLanguage().equals(locale.getLanguage()));
                })
                .toList();
    }

    /** The page's own address without its query: what search engines should index (errors have none). */
    @ModelAttribute("canonicalUrl")
    @Nullable
    String canonicalUrl(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return null;
        }
        return siteUrl.base() + request.getRequestURI();
    }
}
