package org.peacedirectory.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organisations extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o join fetch o.country
            where o.slug = :slug and o.publicationStatus = PublicationStatus.PUBLISHED""")
    Optional<Organisation> findPublishedBySlug(@Param("slug") String slug);

    /**
     * A page of published organisations in alphabetical order of the name the reader sees (their
     * language's name when translated), ignoring case and accents; optionally only those based or
     * working in a country, or working on a theme. Returns ids: load them with
     * {@link #findAllWithCountryByIdIn}.
     */
    @Query(nativeQuery = true, value = """
            select o.id from organisation o
            left join organisation_translation t
                   on t.organisation_id = o.id and t.language = :language and t.name is not null
            where o.publication_status = 'PUBLISHED'
              and (cast(:country as text) is null or o.country_code = :country
                   or exists (select 1 from organisation_country c
                              where c.organisation_id = o.id and c.country_code = :country))
              and (cast(:theme as text) is null
                   or exists (select 1 from organisation_theme th
                              where th.organisation_id = o.id and th.theme_slug = :theme))
            order by coalesce(lower(immutable_unaccent(t.name)), o.name_sort), o.id""",
            countQuery = """
            select count(*) from organisation o
            where o.publication_status = 'PUBLISHED'
              and (cast(:country as text) is null or o.country_code = :country
                   or exists (select 1 from organisation_country c
                              where c.organisation_id = o.id and c.country_code = :country))
              and (cast(:theme as text) is null
                   or exists (select 1 from organisation_theme th
                              where th.organisation_id = o.id and th.theme_slug = :theme))""")
    Page<Long> findPublishedIds(@Param("language") String language, @Param("country") String countryCode,
            @Param("theme") String themeSlug, Pageable pageable);

    boolean existsBySlug(String slug);

    @Query(nativeQuery = true, value = """
            select id from organisation where publication_status = 'PUBLISHED'
            order by created_at desc, id desc limit :limit""")
    List<Long> findRecentlyPublishedIds(@Param("limit") int limit);

    @Query(nativeQuery = true, value = """
            select id from organisation where publication_status = 'PUBLISHED'
            order by updated_at desc, id desc limit :limit""")
    List<Long> findRecentlyUpdatedIds(@Param("limit") int limit);

    Optional<Organisation> findBySlug(String slug);

    @Query("select count(o) from Organisation o where o.publicationStatus = PublicationStatus.PUBLISHED")
    long countPublished();

    @Query("""
            select count(distinct o.country) from Organisation o
            where o.publicationStatus = PublicationStatus.PUBLISHED""")
    long countCountriesWithPublished();

    /** The networks an organisation belongs to, with their own profile's slug, in one statement. */
    @Query("""
            select new org.peacedirectory.organisation.OrganisationProfile$NetworkMembership(
                n.acronym, n.name, p.slug, m.role)
            from Organisation o join o.memberships m join m.network n left join n.profile p
            where o.id = :id
            order by n.name""")
    List<OrganisationProfile.NetworkMembership> findMemberships(@Param("id") long id);

    @Query("select o from Organisation o join fetch o.country where o.id in :ids")
    List<Organisation> findAllWithCountryByIdIn(@Param("ids") Collection<Long> ids);

    /**
     * Published organisations closest to the given one: most shared themes first, then the same
     * country, then a shared network.
     */
    @Query(nativeQuery = true, value = """
            select o.id
            from organisation o
            left join lateral (
                select count(*) as shared from organisation_theme mine
                join organisation_theme theirs on theirs.theme_slug = mine.theme_slug
                where mine.organisation_id = :id and theirs.organisation_id = o.id) themes on true
            left join lateral (
                select count(*) as shared from organisation_network mine
                join organisation_network theirs on theirs.network_id = mine.network_id
                where mine.organisation_id = :id and theirs.organisation_id = o.id) networks on true
            where o.publication_status = 'PUBLISHED' and o.id <> :id
              and (themes.shared > 0 or networks.shared > 0
                   or o.country_code = (select country_code from organisation where id = :id))
            order by themes.shared
                     + case when o.country_code = (select country_code from organisation where id = :id) then 2 else 0 end
                     + networks.shared desc,
                     o.name_sort, o.id
            limit :limit""")
    List<Long> findRelatedIds(@Param("id") long id, @Param("limit") int limit);
}
