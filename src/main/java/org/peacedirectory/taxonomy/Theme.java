package org.peacedirectory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One of the curated peacebuilding themes, labelled in each interface language. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @Column(name = "slug")
    private String slug;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_fr", nullable = false)
    private String labelFr;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_fr", nullable = false)
    private String descriptionFr;

    @Column(name = "position", nullable = false)
    private int position;

    protected Theme() {}

    public String getSlug() {
        return slug;
    }

    public String label(Locale locale) {
        return isFrench(locale) ? labelFr : labelEn;
    }

    public String description(Locale locale) {
        return isFrench(locale) ? descriptionFr : descriptionEn;
    }

    public int getPosition() {
        return position;
    }

    private static boolean isFrench(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Theme that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }
}
