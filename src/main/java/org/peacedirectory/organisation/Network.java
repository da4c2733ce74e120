package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A network or coalition that organisations belong to; it may have a profile of its own here. */
@Entity
@Table(name = "network")
@BatchSize(size = 50)
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "acronym")
    private @Nullable String acronym;

    @Column(name = "name", nullable = false)
    private String name;

    /** The address of its page, {@code /networks/{slug}}. */
    @Column(name = "slug", nullable = false, updatable = false)
    private String slug;

    /** The language its official name is in. */
    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "website")
    private @Nullable String website;

    /** The network's own profile, when it has one. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation profile;

    protected Network() {}

    Network(@Nullable String acronym, String name, String slug, String language) {
        this.acronym = acronym;
        this.name = name;
        this.slug = slug;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public @Nullable String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public @Nullable Organisation getProfile() {
        return profile;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Network network && id != null && id.equals(network.id);
    }

    @Override
    public int hashCode() {
        return Network.class.hashCode();
    }
}
