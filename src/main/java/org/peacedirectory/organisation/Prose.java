package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** An organisation's name, summary and description in one language. */
@Embeddable
public class Prose {

    @Column(name = "name")
    private @Nullable String name;

    @Column(name = "summary")
    private @Nullable String summary;

    @Column(name = "description")
    private @Nullable String description;

    protected Prose() {}

    public Prose(@Nullable String name, @Nullable String summary, @Nullable String description) {
        this.name = name;
        this.summary = summary;
        this.description = description;
    }

    /** The prose a proposal gives in one language. */
    static Prose from(ProfileContent.Text text) {
        return new Prose(text.name(), text.summary(), text.description());
    }

    /** This prose in the shape of a proposal. */
    ProfileContent.Text text() {
        return new ProfileContent.Text(name, summary, description);
    }

    public @Nullable String getName() {
        return name;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable String getDescription() {
        return description;
    }
}
