package org.peacedirectory.feeds;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.context.MessageSource;

/**
 * One feed: its order (newly published or recently updated) within a scope (the whole directory, a
 * country's organisations, based or working there, or a theme's), with its own address and the page it
 * follows.
 */
record Feed(
        Order order, @Nullable Country country, @Nullable Theme theme) {

    /** Which profiles come first, and the last part of the feed's address. */
    enum Order {
        NEW("new", "created_at"),
        UPDATED("updated", "updated_at");

        final String name;
        /** The column it sorts on, newest first; never anything a request chose. */
        final String column;

        Order(String name, String column) {
            this.name = name;
            this.column = column;
        }

        static Order named(String name) {
            return name.equals(NEW.name) ? NEW : UPDATED;
        }
    }

    /** The feed's address within the site, e.g. {@code /feeds/countries/ml/new.atom}. */
    String path() {
        return "/feeds" + scopePath() + "/" + order.name + ".atom";
    }

    /** The page whose organisations it follows. */
    String pagePath() {
        return scopePath().isEmpty() ? "/organisations" : scopePath();
    }

    /** Its title in the reader's language. */
    String title(MessageSource messages, Locale locale) {
        String key = "feed." + order.name;
        if (country != null) {
            return messages.getMessage(key + ".in", new Object[] {country.name(locale)}, locale);
        }
        if (theme != null) {
            return messages.getMessage(key + ".in", new Object[] {theme.label(locale)}, locale);
        }
        return messages.getMessage(key, null, locale);
    }

    private String scopePath() {
        if (country != null) {
            return "/countries/" + country.getPathCode();
        }
        return theme != null ? "/themes/" + theme.getSlug() : "";
    }
}
