package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation's name, summary and description in one language. */
@Embeddable
public class Prose {

    @Column(name = "name")
    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField(analyzer = "text")
    private String name;

    @Column(name = "summary")
    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField(analyzer = "text")
    private String summary;

    @Column(name = "description")
    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField(analyzer = "text")
    private String description;

    protected Prose() {
    }

    public Prose(String name, String summary, String description) {
        this.name = name;
        this.summary = summary;
        this.description = description;
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
