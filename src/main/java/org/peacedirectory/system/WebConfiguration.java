package org.peacedirectory.system;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Query parameter of the language switch, e.g. {@code ?lang=fr}. */
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    /**
     * Cleans every submitted string: line breaks become one line feed each (browsers send a textarea's as
     * CR LF, while stored and seeded texts have LF: compared as sent, an untouched description would look
     * changed in a review), control characters other than tab and line feed are dropped (a NUL cannot even
     * be stored by PostgreSQL, and none of them belongs in a name or a search), then the string is trimmed
     * and a blank one becomes null, so "   " never passes as a value.
     */
    @ControllerAdvice
    static class StringTrimming {
        @InitBinder
        void trimStrings(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new FormTextEditor());
        }
    }

    /** Spring's trimmer, after the line breaks are made line feeds. */
    static final class FormTextEditor extends StringTrimmerEditor {

        FormTextEditor() {
            super(CONTROL_CHARACTERS, true);
        }

        @Override
        public void setAsText(@Nullable String text) {
            super.setAsText(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        }
    }

    /** C0 controls but tab, line feed and carriage return, and DEL. */
    static final String CONTROL_CHARACTERS;

    static {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                controls.append(c);
            }
        }
        CONTROL_CHARACTERS = controls.append('\u007f').toString();
    }
}
