package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an organisation's timeline. The date may be partial or unknown; the database derives
 * its start and end bounds for filtering.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private ActivityLevel level;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "date_edtf", length = 32)
    private @Nullable PartialDate date;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "position", nullable = false)
    private int position;

    /** Where the entry comes from; null when nobody said. */
    @Embedded
    private @Nullable SourceColumns source;

    protected Activity() {}

    Activity(
            Organisation organisation,
            ActivityLevel level,
            @Nullable PartialDate date,
            String text,
            String language,
            int position,
            @Nullable Source source) {
        this.organisation = organisation;
        this.source = SourceColumns.of(source);
        this.level = level;
        this.date = date;
        this.text = text;
        this.language = language;
        this.position = position;
    }

    /** The entry a proposal gives, at that place in the timeline; without a language, in the profile's own. */
    static Activity from(ProfileContent.Entry entry, Organisation organisation, int position) {
        return new Activity(
                organisation,
                ActivityLevel.valueOf(entry.level()),
                entry.date() == null ? null : PartialDate.parse(entry.date()),
                entry.text(),
                entry.language() == null ? organisation.getSourceLanguage() : entry.language(),
                position,
                entry.source());
    }

    /** This entry in the shape of a proposal. */
    ProfileContent.Entry entry() {
        return new ProfileContent.Entry(
                level.name(), date == null ? null : date.edtf(), text, language, SourceColumns.sourceOf(source));
    }

    public ActivityLevel getLevel() {
        return level;
    }

    /** The date, or null when unknown. */
    public @Nullable PartialDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public int getPosition() {
        return position;
    }

    /** Where the entry comes from, or null. */
    public @Nullable Source getSource() {
        return SourceColumns.sourceOf(source);
    }
}
