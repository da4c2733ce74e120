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
     * country, then a shared network. Candidates come from the filter indexes, a few hundred at most,
     * so a profile costs the same with 100 or 100,000 organisations.
     */
    @Query(nativeQuery = true, value = """
            with me as (select id, country_code, country_codes, theme_slugs from organisation where id = :id),
            my_networks as (select network_id from organisation_network where organisation_id = :id),
            candidates as (
                (select o.id from organisation o, me
                 where o.publication_status = 'PUBLISHED' and o.id <> me.id and o.country_codes && me.country_codes
                 limit 200)
                union
                (select n.organisation_id from organisation_network n join my_networks m on m.network_id = n.network_id
                 where n.organisation_id <> :id limit 200)
                union
                (select o.id from organisation o, me
                 where o.publication_status = 'PUBLISHED' and o.id <> me.id and o.theme_slugs && me.theme_slugs
                 limit 200))
            select o.id from organisation o join candidates c on c.id = o.id, me
            where o.publication_status = 'PUBLISHED'
            order by cardinality(array(select unnest(o.theme_slugs) intersect select unnest(me.theme_slugs)))
                     + case when o.country_code = me.country_code then 2 else 0 end
                     + (select count(*) from organisation_network n join my_networks m on m.network_id = n.network_id
                        where n.organisation_id = o.id) desc,
                     o.name_sort, o.id
            limit :limit""")
    List<Long> findRelatedIds(@Param("id") long id, @Param("limit") int limit);
}
