package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation's name, summary and description in one language. */
@Embeddable
public class Prose {

    @Column(name = "name")
    private String name;

    @Column(name = "summary")
    private String summary;

    @Column(name = "description")
    private String description;

    protected Prose() {
    }

    public Prose(String name, String summary, String description) {
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

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }
}
