package org.peacedirectory.search;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.VerificationLevel;

/**
 * The verification filter of a list ({@code verified=} in its address): one level, or any confirmed level.
 * Links made before the levels keep working: {@code verified=true} is any confirmed level,
 * {@code verified=false} not yet verified.
 */
public enum VerificationFilter {
    /** Existence confirmed or confirmed by the organisation. */
    CONFIRMED("true", List.of(VerificationLevel.EXISTENCE_CONFIRMED, VerificationLevel.CONFIRMED_BY_ORGANISATION)),
    EXISTENCE_CONFIRMED("existence-confirmed", List.of(VerificationLevel.EXISTENCE_CONFIRMED)),
    CONFIRMED_BY_ORGANISATION("confirmed-by-organisation", List.of(VerificationLevel.CONFIRMED_BY_ORGANISATION)),
    NOT_YET_VERIFIED("not-yet-verified", List.of(VerificationLevel.NOT_YET_VERIFIED));

    /** What the address carries. */
    final String parameter;
    /** The levels it lets through. */
    final List<VerificationLevel> levels;

    VerificationFilter(String parameter, List<VerificationLevel> levels) {
        this.parameter = parameter;
        this.levels = levels;
    }

    /**
     * The filter a {@code verified} parameter asks for: {@code true}, {@code false}, a level as the links
     * write it ({@code existence-confirmed}) or by its name ({@code EXISTENCE_CONFIRMED}); anything else is
     * no filter.
     */
    static @Nullable VerificationFilter parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String sent = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (sent.equals("false")) {
            return NOT_YET_VERIFIED;
        }
        for (VerificationFilter filter : values()) {
            if (filter.parameter.equals(sent)) {
                return filter;
            }
        }
        return null;
    }
}
