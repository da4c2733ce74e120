package org.peacedirectory.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.context.MessageSource;

/**
 * Why an organisation is shown as related to another, in the reader's words: "also works in Mali on
 * small arms control", "also a member of WAANSA".
 */
final class RelationReasons {

    private RelationReasons() {}

    /** From what the two share (see {@link Organisations#findRelated}); null when they share nothing. */
    static @Nullable String of(
            Organisations.Relation shared, Locale reader, TaxonomyLists taxonomy, MessageSource messages) {
        String countryName = shared.getSharedCountry() == null
                ? null
                : taxonomy.country(shared.getSharedCountry())
                        .map(country -> country.name(reader))
                        .orElse(null);
        String themeLabel = shared.getSharedTheme() == null
                ? null
                : taxonomy.theme(shared.getSharedTheme())
                        .map(theme -> inSentence(theme.label(reader), reader))
                        .orElse(null);
        if (countryName != null && themeLabel != null) {
            return messages.getMessage(
                    "related.reason.countryAndTheme", new Object[] {countryName, themeLabel}, reader);
        }
        if (shared.getSharedNetwork() != null) {
            return messages.getMessage("related.reason.network", new Object[] {shared.getSharedNetwork()}, reader);
        }
        if (countryName != null) {
            return messages.getMessage("related.reason.country", new Object[] {countryName}, reader);
        }
        return themeLabel == null
                ? null
                : messages.getMessage("related.reason.theme", new Object[] {themeLabel}, reader);
    }

    /** English runs theme labels into the sentence in lower case ("on small arms control"). */
    private static String inSentence(String label, Locale reader) {
        return Locale.ENGLISH.getLanguage().equals(reader.getLanguage()) ? label.toLowerCase(reader) : label;
    }
}
