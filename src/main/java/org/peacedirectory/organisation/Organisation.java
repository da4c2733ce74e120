package org.peacedirectory.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

/**
 * A peacebuilding organisation as the directory publishes it. Every collection loads lazily in one
 * statement (batched across the organisations of a list page), so no page runs a query per row.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    /** The official name, in the source language. */
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "acronym")
    private String acronym;

    /** The language the organisation writes in; its prose falls back to this one. */
    @Column(name = "source_language", nullable = false, length = 8)
    private String sourceLanguage;

    @Column(name = "founding_year")
    private Integer foundingYear;

    @Column(name = "city")
    private String city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    @Column(name = "website")
    private String website;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** The organisation agreed to show its contact details publicly. */
    @Column(name = "contact_public", nullable = false)
    private boolean contactPublic;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    private VerificationStatus verificationStatus = VerificationStatus.NOT_VERIFIED;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_status", nullable = false)
    private PublicationStatus publicationStatus = PublicationStatus.PUBLISHED;

    /** Fictional sample data, shown as such. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_translation", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language", length = 8)
    @BatchSize(size = 50)
    private Map<String, Prose> prose = new HashMap<>();

    @OneToMany(mappedBy = "organisation")
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<Activity> activities = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "organisation_theme",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    @BatchSize(size = 50)
    private Set<Theme> themes = new HashSet<>();

    /** Countries where the organisation works, besides the one it is based in. */
    @ManyToMany
    @JoinTable(name = "organisation_country",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    @BatchSize(size = 50)
    private Set<Country> countriesOfWork = new HashSet<>();

    /** Links besides the website, in the order the organisation gave them. */
    @ElementCollection
    @CollectionTable(name = "organisation_link", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    @BatchSize(size = 50)
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organisation_network", joinColumns = @JoinColumn(name = "organisation_id"))
    @BatchSize(size = 50)
    private List<Membership> memberships = new ArrayList<>();

    protected Organisation() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getSourceLanguage() {
        return sourceLanguage;
    }

    public Integer getFoundingYear() {
        return foundingYear;
    }

    public String getCity() {
        return city;
    }

    public Country getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    /** Contact details only when the organisation agreed to publish them. */
    public String getPublicContactEmail() {
        return contactPublic ? contactEmail : null;
    }

    public String getPublicContactPhone() {
        return contactPublic ? contactPhone : null;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public PublicationStatus getPublicationStatus() {
        return publicationStatus;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, Prose> getProse() {
        return Map.copyOf(prose);
    }

    public List<Activity> getActivities() {
        return List.copyOf(activities);
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<Country> getCountriesOfWork() {
        return Set.copyOf(countriesOfWork);
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }
}
