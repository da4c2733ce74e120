package org.peacedirectory.organisation;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

import org.springframework.context.MessageSource;

/**
 * Why an organisation is shown as related to another, in the reader's words: "also works in Mali on
 * small arms control", "also a member of WAANSA".
 */
final class RelationReasons {

    private RelationReasons() {
    }

    static @Nullable String of(Organisation profile, Organisation other, Locale reader, MessageSource messages) {
        Optional<Country> country = sharedPlace(profile, other);
        Optional<Theme> theme = other.getThemes().stream().filter(profile.getThemes()::contains)
                .min(Comparator.comparing(Theme::getPosition));
        Set<Long> myNetworks = profile.getMemberships().stream().map(mine -> mine.getNetwork().getId())
                .collect(java.util.stream.Collectors.toSet());
        Optional<String> network = other.getMemberships().stream().map(Membership::getNetwork)
                .filter(candidate -> myNetworks.contains(candidate.getId()))
                .map(shared -> shared.getAcronym() != null ? shared.getAcronym() : shared.getName())
                .findFirst();
        String themeLabel = theme.map(shared -> shared.label(reader)).map(label -> inSentence(label, reader))
                .orElse(null);
        String countryName = country.map(shared -> shared.name(reader)).orElse(null);
        if (countryName != null && themeLabel != null) {
            return messages.getMessage("related.reason.countryAndTheme", new Object[] {countryName, themeLabel},
                    reader);
        }
        if (network.isPresent()) {
            return messages.getMessage("related.reason.network", new Object[] {network.get()}, reader);
        }
        if (countryName != null) {
            return messages.getMessage("related.reason.country", new Object[] {countryName}, reader);
        }
        return themeLabel == null ? null
                : messages.getMessage("related.reason.theme", new Object[] {themeLabel}, reader);
    }

    /** A country both are based in or work in, the profile's own country first. */
    private static Optional<Country> sharedPlace(Organisation profile, Organisation other) {
        Set<Country> theirs = places(other);
        return places(profile).stream().filter(theirs::contains).findFirst();
    }

    private static Set<Country> places(Organisation organisation) {
        Set<Country> places = new LinkedHashSet<>();
        places.add(organisation.getCountry());
        places.addAll(organisation.getCountriesOfWork());
        return places;
    }

    /** English runs theme labels into the sentence in lower case ("on small arms control"). */
    private static String inSentence(String label, Locale reader) {
        return Locale.ENGLISH.getLanguage().equals(reader.getLanguage()) ? label.toLowerCase(reader) : label;
    }
}
