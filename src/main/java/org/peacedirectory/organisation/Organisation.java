package org.peacedirectory.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

/**
 * A peacebuilding organisation as the directory publishes it: what the organisation says about itself.
 * What the directory keeps about its entry (address, publication, verification, dates) is in
 * {@link DirectoryEntry}. Every collection loads lazily in one statement (batched across the
 * organisations of a list page), so no page runs a query per row.
 */
@Entity
@Table(name = "organisation")
// What the search index holds about it (published organisations only) is in OrganisationIndexMapping.
public class Organisation extends DirectoryEntry {

    /** The official name, in the source language. */
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "acronym")
    private @Nullable String acronym;

    /** The language the organisation writes in; its prose falls back to this one. */
    @Column(name = "source_language", nullable = false, length = 8)
    private String sourceLanguage;

    @Column(name = "founding_year")
    private @Nullable Integer foundingYear;

    @Column(name = "city")
    private @Nullable String city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    @Column(name = "website")
    private @Nullable String website;

    /** Null when no contact detail is stored (Hibernate reads an embeddable whose columns are all null so). */
    @Embedded
    private @Nullable ContactDetails contact = ContactDetails.none();

    /** What of the profile the public may see; changed only through {@link ProfileSafety}. */
    @Embedded
    private SafetySettings safety = SafetySettings.ALL_SHOWN;

    @ElementCollection
    @CollectionTable(name = "organisation_translation", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language", length = 8)
    @BatchSize(size = 50)
    private Map<String, Prose> prose = new HashMap<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<Activity> activities = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "organisation_theme",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    @BatchSize(size = 50)
    private Set<Theme> themes = new HashSet<>();

    /** Countries where the organisation works, besides the one it is based in. */
    @ManyToMany
    @JoinTable(
            name = "organisation_country",
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

    /** The sources of its single-valued facts; activities and memberships carry their own. */
    @ElementCollection
    @CollectionTable(name = "fact_source", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "fact")
    @MapKeyEnumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Map<Fact, SourceColumns> sources = new EnumMap<>(Fact.class);

    protected Organisation() {}

    // publish() applies the content (name, language, country) right after: no one sees it without them.
    @SuppressWarnings("NullAway.Init")
    private Organisation(String slug, Instant createdAt) {
        super(slug, createdAt);
    }

    /**
     * A new published profile with the given content, as a moderator approves it: its contacts public only
     * when the organisation agreed; in a high-risk country, its contacts and logo hidden and its location
     * at country level.
     */
    public static Organisation publish(
            String slug, ProfileContent content, Catalogue catalogue, boolean highRiskCountry, Instant now) {
        Organisation organisation = new Organisation(slug, now);
        organisation.safety = SafetySettings.forNewProfile(content.contactPublic(), highRiskCountry);
        organisation.apply(content, catalogue, now);
        return organisation;
    }

    /** A new published profile outside any high-risk country. */
    public static Organisation publish(String slug, ProfileContent content, Catalogue catalogue, Instant now) {
        return publish(slug, content, catalogue, false, now);
    }

    /**
     * Makes the profile say what the content says. Prose in languages the content does not mention is
     * kept; a contact field or a city hidden from the public and left blank is kept (the public form never
     * showed it); everything else is replaced. Content can hide the contacts (the organisation no longer
     * agrees to show them), never show them again: only the safety controls do ({@link ProfileSafety}).
     */
    public void apply(ProfileContent content, Catalogue catalogue, Instant now) {
        name = content.name();
        acronym = content.acronym();
        sourceLanguage = content.sourceLanguage();
        foundingYear = content.foundingYear();
        if (content.city() != null || !safety.hiddenFromPublic().city()) {
            city = content.city();
        }
        country = catalogue.country(content.countryCode());
        website = content.website();
        contact = contact().updatedBy(content, safety);
        if (!content.contactPublic()) {
            safety = safety.withContacts(Visibility.MODERATORS_ONLY);
        }
        content.prose().forEach((language, text) -> prose.put(language, Prose.from(text)));
        links.clear();
        links.addAll(content.links());
        themes.clear();
        content.themes().forEach(slug -> themes.add(catalogue.theme(slug)));
        countriesOfWork.clear();
        content.countriesOfWork().forEach(code -> countriesOfWork.add(catalogue.country(code)));
        applySources(content);
        List<Membership> kept = Membership.keepingRoles(
                memberships,
                content.networks().stream()
                        .map(network -> catalogue.network(network, content.sourceLanguage()))
                        .toList(),
                content.sources()::ofNetwork);
        memberships.clear();
        memberships.addAll(kept);
        activities.clear();
        int position = 1;
        for (ProfileContent.Entry entry : content.activities()) {
            activities.add(Activity.from(entry, this, position++));
        }
        markPublished(now);
    }

    /**
     * The sources of the facts the content gives (a source of a fact it leaves empty goes with the fact).
     * A content that gives no contact details keeps the contact's source with the contact (see
     * {@link ContactDetails#updatedBy}).
     */
    private void applySources(ProfileContent content) {
        @Nullable SourceColumns contactSource = sources.get(Fact.CONTACT);
        sources.clear();
        content.sources().facts().forEach((fact, source) -> {
            boolean factGiven = switch (fact) {
                case FOUNDING_YEAR -> content.foundingYear() != null;
                case PLACE -> true;
                case WEBSITE -> content.website() != null;
                case CONTACT -> content.givesContact();
            };
            SourceColumns columns = SourceColumns.of(source);
            if (factGiven && columns != null) {
                sources.put(fact, columns);
            }
        });
        if (!content.givesContact() && contactSource != null) {
            sources.put(Fact.CONTACT, contactSource);
        }
    }

    /** What the profile says now, in the shape of a proposal: to pre-fill a form, to diff, to keep a revision. */
    public ProfileContent content() {
        return contentShowing(contact(), city);
    }

    /**
     * The content as the public may see it: each contact field only when it is public, the city only when
     * the location is shown to the city. This is what fills the public "suggest an edit" form.
     */
    public ProfileContent publicContent() {
        return contentShowing(
                contact().publicly(safety), safety.hiddenFromPublic().city() ? null : city);
    }

    /**
     * Applies new safety settings (ProfileSafety decides which may take effect); readers see the change at
     * once, as the organisation announces it when saved.
     */
    void changeSafety(SafetySettings settings) {
        safety = settings;
        announceChange();
    }

    private ContactDetails contact() {
        return contact == null ? ContactDetails.none() : contact;
    }

    public SafetySettings getSafety() {
        return safety;
    }

    private ProfileContent contentShowing(ContactDetails shown, @Nullable String shownCity) {
        Map<Fact, Source> factSources = new EnumMap<>(Fact.class);
        sources.forEach((fact, columns) -> factSources.put(fact, columns.source()));
        if (shown.email() == null && shown.phone() == null && shown.postalAddress() == null && shown.person() == null) {
            factSources.remove(Fact.CONTACT); // the source of details nobody may see is not shown either
        }
        Map<String, Source> networkSources = new TreeMap<>();
        memberships.forEach(membership -> {
            Source source = membership.getSource();
            if (source != null) {
                networkSources.put(membership.getNetwork().getName(), source);
            }
        });
        Map<String, ProfileContent.Text> texts = new TreeMap<>();
        prose.forEach((language, written) -> texts.put(language, written.text()));
        return new ProfileContent(
                name,
                acronym,
                sourceLanguage,
                foundingYear,
                shownCity,
                country.getCode(),
                countriesOfWork.stream().map(Country::getCode).sorted().toList(),
                themes.stream()
                        .sorted(Comparator.comparing(Theme::getPosition))
                        .map(Theme::getSlug)
                        .toList(),
                memberships.stream()
                        .map(membership -> membership.getNetwork().getName())
                        .sorted()
                        .toList(),
                website,
                List.copyOf(links),
                shown.email(),
                shown.phone(),
                shown.postalAddress(),
                shown.person(),
                safety.anyContactPublic(),
                texts,
                activities.stream()
                        .sorted(Comparator.comparing(Activity::getPosition))
                        .map(Activity::entry)
                        .toList(),
                new ProfileContent.Sources(factSources, networkSources));
    }

    public String getName() {
        return name;
    }

    public @Nullable String getAcronym() {
        return acronym;
    }

    public String getSourceLanguage() {
        return sourceLanguage;
    }

    /** The organisation's website, whose domain a claim's email must be at. */
    public @Nullable String getWebsite() {
        return website;
    }

    public Country getCountry() {
        return country;
    }

    /** The email only when it is public. */
    public @Nullable String getPublicContactEmail() {
        return contact().publicly(safety).email();
    }

    public @Nullable String getPublicContactPhone() {
        return contact().publicly(safety).phone();
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

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }

    /** The sources of its single-valued facts. */
    public Map<Fact, Source> getSources() {
        Map<Fact, Source> copy = new EnumMap<>(Fact.class);
        sources.forEach((fact, columns) -> copy.put(fact, columns.source()));
        return copy;
    }
}
