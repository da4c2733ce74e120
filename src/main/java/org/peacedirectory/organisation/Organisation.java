package org.peacedirectory.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

/**
 * A peacebuilding organisation as the directory publishes it. Every collection loads lazily in one
 * statement (batched across the organisations of a list page), so no page runs a query per row.
 */
@Entity
@Table(name = "organisation")
// The search index (Hibernate Search) holds published organisations only: see PublishedOnlyInSearch.
// Field names and analysers are the search package's (OrganisationSearch, LuceneAnalysisConfigurer).
@Indexed(index = "organisation", routingBinder = @RoutingBinderRef(type = PublishedOnlyInSearch.class))
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "idSort", sortable = Sortable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    /** The official name, in the source language. */
    @Column(name = "name", nullable = false)
    @FullTextField(analyzer = "text")
    @KeywordField(name = "nameSort", normalizer = "sort", sortable = Sortable.YES)
    private String name;

    @Column(name = "acronym")
    @FullTextField(analyzer = "text")
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
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW) // countries are reference data
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
    @KeywordField(name = "verification", aggregable = Aggregable.YES)
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
    @GenericField(name = "updatedAt", sortable = Sortable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_translation", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language", length = 8)
    @BatchSize(size = 50)
    @IndexedEmbedded(name = "prose") // names, summaries and descriptions in every language
    private Map<String, Prose> prose = new HashMap<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    @IndexedEmbedded(name = "activities", includePaths = {"text", "level"})
    private List<Activity> activities = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "organisation_theme",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    @BatchSize(size = 50)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW) // themes are reference data
    private Set<Theme> themes = new HashSet<>();

    /** Countries where the organisation works, besides the one it is based in. */
    @ManyToMany
    @JoinTable(name = "organisation_country",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    @BatchSize(size = 50)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
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

    /** A new published profile with the given content, as a moderator approves it. */
    public static Organisation publish(String slug, ProfileContent content, Catalogue catalogue, Instant now) {
        Organisation organisation = new Organisation();
        organisation.slug = slug;
        organisation.createdAt = now;
        organisation.apply(content, catalogue, now);
        return organisation;
    }

    /**
     * Makes the profile say what the content says. Prose in languages the content does not mention is
     * kept; everything else is replaced.
     */
    public void apply(ProfileContent content, Catalogue catalogue, Instant now) {
        name = content.name();
        acronym = content.acronym();
        sourceLanguage = content.sourceLanguage();
        foundingYear = content.foundingYear();
        city = content.city();
        country = catalogue.country(content.countryCode());
        website = content.website();
        // A suggestion made from the public form never saw private contact details: blank keeps them.
        if (content.contactEmail() != null || content.contactPhone() != null || content.contactPublic()) {
            contactEmail = content.contactEmail();
            contactPhone = content.contactPhone();
            contactPublic = content.contactPublic();
        }
        content.prose().forEach((language, text) ->
                prose.put(language, new Prose(text.name(), text.summary(), text.description())));
        links.clear();
        links.addAll(content.links());
        themes.clear();
        content.themes().forEach(slug -> themes.add(catalogue.theme(slug)));
        countriesOfWork.clear();
        content.countriesOfWork().forEach(code -> countriesOfWork.add(catalogue.country(code)));
        replaceMemberships(content.networks(), catalogue);
        replaceActivities(content.activities());
        publicationStatus = PublicationStatus.PUBLISHED;
        updatedAt = now;
    }

    private void replaceMemberships(List<String> networkNames, Catalogue catalogue) {
        List<Membership> kept = new ArrayList<>();
        for (String networkName : networkNames) {
            Network network = catalogue.network(networkName);
            MembershipRole role = memberships.stream()
                    .filter(membership -> membership.getNetwork().equals(network))
                    .map(Membership::getRole).findFirst().orElse(MembershipRole.MEMBER);
            if (kept.stream().noneMatch(membership -> membership.getNetwork().equals(network))) {
                kept.add(new Membership(network, role));
            }
        }
        memberships.clear();
        memberships.addAll(kept);
    }

    private void replaceActivities(List<ProfileContent.Entry> entries) {
        activities.clear();
        int position = 1;
        for (ProfileContent.Entry entry : entries) {
            activities.add(new Activity(this, ActivityLevel.valueOf(entry.level()),
                    entry.date() == null ? null : PartialDate.parse(entry.date()), entry.text(),
                    entry.language() == null ? sourceLanguage : entry.language(), position++));
        }
    }

    /** Moderators confirmed that the organisation exists and that the profile is accurate. */
    public void verify(String byModerator, Instant now) {
        verificationStatus = VerificationStatus.VERIFIED;
        verifiedBy = byModerator;
        verifiedAt = now;
    }

    public void unverify() {
        verificationStatus = VerificationStatus.NOT_VERIFIED;
        verifiedBy = null;
        verifiedAt = null;
    }

    /** What the profile says now, in the shape of a proposal: to pre-fill a form, to diff, to keep a revision. */
    public ProfileContent content() {
        Map<String, ProfileContent.Text> texts = new java.util.TreeMap<>();
        prose.forEach((language, text) ->
                texts.put(language, new ProfileContent.Text(text.getName(), text.getSummary(), text.getDescription())));
        return new ProfileContent(name, acronym, sourceLanguage, foundingYear, city, country.getCode(),
                countriesOfWork.stream().map(Country::getCode).sorted().toList(),
                themes.stream().sorted(java.util.Comparator.comparing(Theme::getPosition)).map(Theme::getSlug).toList(),
                memberships.stream().map(membership -> membership.getNetwork().getName()).sorted().toList(),
                website, List.copyOf(links), contactEmail, contactPhone, contactPublic, texts,
                activities.stream().sorted(java.util.Comparator.comparing(Activity::getPosition))
                        .map(activity -> new ProfileContent.Entry(activity.getLevel().name(),
                                activity.getDate() == null ? null : activity.getDate().edtf(), activity.getText(),
                                activity.getLanguage()))
                        .toList());
    }

    /**
     * The content as the public may see it: contact details only when the organisation agreed to show
     * them. This is what fills the public "suggest an edit" form.
     */
    public ProfileContent publicContent() {
        ProfileContent all = content();
        return contactPublic ? all : new ProfileContent(all.name(), all.acronym(), all.sourceLanguage(),
                all.foundingYear(), all.city(), all.countryCode(), all.countriesOfWork(), all.themes(), all.networks(),
                all.website(), all.links(), null, null, false, all.prose(), all.activities());
    }

    /** Finds the countries, themes and networks that content names. */
    public interface Catalogue {
        Country country(String code);

        Theme theme(String slug);

        /** The network of that name or acronym, created if the directory does not know it yet. */
        Network network(String nameOrAcronym);
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

    public long getVersion() {
        return version;
    }

    public String getVerifiedBy() {
        return verifiedBy;
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

    /** For search: the country it is based in and those it works in (a country page lists both). */
    @KeywordField(name = "countries", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "country")),
            @ObjectPath(@PropertyValue(propertyName = "countriesOfWork"))})
    public Set<String> getCountryCodes() {
        Set<String> codes = new java.util.TreeSet<>();
        codes.add(country.getCode());
        countriesOfWork.forEach(place -> codes.add(place.getCode()));
        return codes;
    }

    /** For search: the names of the country it is based in, words a reader may type ("bamako mali"). */
    @FullTextField(name = "place", analyzer = "text")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "country")))
    public String getPlaceNames() {
        return country.name(java.util.Locale.ENGLISH) + " " + country.name(java.util.Locale.FRENCH);
    }

    /** For search: the slugs of its themes. */
    @KeywordField(name = "themes", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
    public Set<String> getThemeSlugs() {
        Set<String> slugs = new java.util.TreeSet<>();
        themes.forEach(theme -> slugs.add(theme.getSlug()));
        return slugs;
    }

    /** For search ("active since"): the latest year its activities reach, or null without dated ones. */
    @GenericField(name = "lastActivityYear", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "activities"),
            @PropertyValue(propertyName = "date")}))
    public Integer getLastActivityYear() {
        return activities.stream().map(Activity::getDate).filter(java.util.Objects::nonNull)
                .map(date -> date.upperBound().getYear()).max(Integer::compare).orElse(null);
    }
}
