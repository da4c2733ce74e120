package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Source} as the tables store it (an activity's, a membership's or a {@code fact_source} row's
 * columns). Hibernate leaves the embedded value null when all three columns are null. Never changed in
 * place: an edit replaces it.
 */
@Embeddable
class SourceColumns {

    @Column(name = "source_url", length = 500)
    private @Nullable String url;

    @Column(name = "source_title", length = 300)
    private @Nullable String title;

    @Column(name = "source_checked")
    private @Nullable LocalDate checked;

    protected SourceColumns() {}

    private SourceColumns(Source source) {
        this.url = source.url();
        this.title = source.title();
        this.checked = source.checked();
    }

    /** The columns of a source; null when it names nothing. */
    static @Nullable SourceColumns of(@Nullable Source source) {
        Source present = Source.orNull(source);
        return present == null ? null : new SourceColumns(present);
    }

    Source source() {
        return new Source(url, title, checked);
    }

    /** The source these columns hold, or null for none. */
    static @Nullable Source sourceOf(@Nullable SourceColumns columns) {
        return columns == null ? null : Source.orNull(columns.source());
    }
}
