package org.peacedirectory.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: the one they chose with the language switch (kept in a cookie), otherwise the
 * first supported language of their browser's Accept-Language, otherwise English.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";

    private final CookieLocaleResolver chosen = new CookieLocaleResolver(COOKIE);

    LanguageResolver() {
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setCookieSameSite("Lax");
        chosen.setDefaultLocaleFunction(LanguageResolver::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Languages.supported(chosen.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        chosen.setLocale(request, response, locale == null ? null : Languages.supported(locale));
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> Languages.SUPPORTED.stream()
                        .anyMatch(supported -> supported.getLanguage().equals(locale.getLanguage())))
                .findFirst()
                .map(Languages::supported)
                .orElse(Languages.DEFAULT);
    }
}
