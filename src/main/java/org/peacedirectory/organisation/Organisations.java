package org.peacedirectory.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;

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

    @Query(value = """
            select o from Organisation o join fetch o.country
            where o.publicationStatus = PublicationStatus.PUBLISHED
            order by o.nameSort, o.id""",
            countQuery = "select count(o) from Organisation o where o.publicationStatus = PublicationStatus.PUBLISHED")
    Page<Organisation> findPublished(Pageable pageable);

    /** Organisations based in the country or working there. */
    @Query(value = """
            select o from Organisation o join fetch o.country
            where o.publicationStatus = PublicationStatus.PUBLISHED
              and (o.country = :country or :country member of o.countriesOfWork)
            order by o.nameSort, o.id""",
            countQuery = """
            select count(o) from Organisation o
            where o.publicationStatus = PublicationStatus.PUBLISHED
              and (o.country = :country or :country member of o.countriesOfWork)""")
    Page<Organisation> findPublishedByCountry(@Param("country") Country country, Pageable pageable);

    @Query(value = """
            select o from Organisation o join fetch o.country
            where o.publicationStatus = PublicationStatus.PUBLISHED and :theme member of o.themes
            order by o.nameSort, o.id""",
            countQuery = """
            select count(o) from Organisation o
            where o.publicationStatus = PublicationStatus.PUBLISHED and :theme member of o.themes""")
    Page<Organisation> findPublishedByTheme(@Param("theme") Theme theme, Pageable pageable);

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
