package org.peacedirectory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A country or territory of ISO 3166-1, with its name in each interface language. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "region", nullable = false)
    private String region;

    protected Country() {}

    /** Upper-case ISO 3166-1 alpha-2 code, as stored. */
    public String getCode() {
        return code;
    }

    /** Lower-case code, as used in URLs ({@code /countries/ml}). */
    public String getPathCode() {
        return code.toLowerCase(Locale.ROOT);
    }

    public String name(Locale locale) {
        return name(locale, nameEn, nameFr);
    }

    /** The name a reader sees, for code that reads the two names without the entity. */
    public static String name(Locale locale, String english, String french) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? french : english;
    }

    /** Continental region (africa, americas, asia, europe, oceania, antarctica), a message key suffix. */
    public String getRegion() {
        return region;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Country that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
