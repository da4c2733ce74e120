package org.peacedirectory.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the links of the language switch: the same page, with the same query, in each language. */
@ControllerAdvice
class LanguageLinks {

    record LanguageLink(String language, String href, boolean current) {
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (path == null) {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        String samePage = path + (query == null ? "" : "?" + query);
        return Languages.SUPPORTED.stream()
                .map(language -> new LanguageLink(language.getLanguage(),
                        UriComponentsBuilder.fromUriString(samePage)
                                .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language.getLanguage())
                                .build()
                                .toUriString(),
                        language.getLanguage().equals(locale.getLanguage())))
                .toList();
    }
}
