package org.peacedirectory.moderation;

import java.util.Locale;
import org.peacedirectory.organisation.Fact;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names a review diff shows for a profile's codes, in the moderator's language; a code unknown stays as it is. */
@Component
class DiffNames {

    private final TaxonomyLists taxonomy;
    private final MessageSource messages;

    DiffNames(TaxonomyLists taxonomy, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    ProfileDiff.Names in(Locale locale) {
        return new ProfileDiff.Names() {

            @Override
            public String country(String code) {
                return taxonomy.country(code)
                        .map(country -> country.name(locale))
                        .orElse(code);
            }

            @Override
            public String theme(String slug) {
                return taxonomy.theme(slug).map(theme -> theme.label(locale)).orElse(slug);
            }

            @Override
            public String language(String code) {
                return message("language.name." + code, code);
            }

            @Override
            public String activityLevel(String level) {
                return message("submission.activity.level." + level, level);
            }

            @Override
            public String undated() {
                return message("activity.undated", "?");
            }

            @Override
            public String yesOrNo(boolean value) {
                return message(value ? "moderation.changes.yes" : "moderation.changes.no", String.valueOf(value));
            }

            @Override
            public String fact(Fact fact) {
                String key = switch (fact) {
                    case FOUNDING_YEAR -> "profile.founded";
                    case PLACE -> "profile.basedIn";
                    case WEBSITE -> "profile.website";
                    case CONTACT -> "profile.contact";
                };
                return message(key, fact.name());
            }

            private String message(String key, String otherwise) {
                String text = messages.getMessage(key, null, otherwise, locale);
                return text == null ? otherwise : text;
            }
        };
    }
}
