package org.peacedirectory.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organisations extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o join fetch o.country
            where o.slug = :slug and o.publicationStatus = PublicationStatus.PUBLISHED""")
    Optional<Organisation> findPublishedBySlug(@Param("slug") String slug);

    boolean existsBySlug(String slug);

    @Query(nativeQuery = true, value = """
            select id from organisation where publication_status = 'PUBLISHED'
            order by created_at desc, id desc limit :limit""")
    List<Long> findRecentlyPublishedIds(@Param("limit") int limit);

    @Query(nativeQuery = true, value = """
            select id from organisation where publication_status = 'PUBLISHED'
            order by updated_at desc, id desc limit :limit""")
    List<Long> findRecentlyUpdatedIds(@Param("limit") int limit);

    /** A related organisation and what it shares with the profile: the first of each, or null. */
    interface Relation {

        Long getId();

        /** A country both are based or work in (the profile's own country first), by its code. */
        @Nullable
        String getSharedCountry();

        /** The first theme both work on, in the themes' curated order, by its slug. */
        @Nullable
        String getSharedTheme();

        /** A network both belong to, by its acronym, else its name (the first by name). */
        @Nullable
        String getSharedNetwork();
    }

    /**
     * Published organisations closest to the given one: most shared themes first, then the same
     * country, then a shared network. Candidates come from indexes, a few hundred at most, so a profile
     * costs the same with 100 or 100,000 organisations. Those sharing a theme are read from the theme
     * links, which stop at the limit: a broad theme's bitmap over the GIN index would first gather every
     * organisation on it (60,000 of 100,000 in the benchmark, 20 ms).
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
                (select t.organisation_id from organisation_theme t, me
                 where t.theme_slug = any(me.theme_slugs) and t.organisation_id <> me.id
                 limit 200)),
            closest as (
                select o.id, o.country_codes, o.theme_slugs, o.name_sort,
                       cardinality(array(select unnest(o.theme_slugs) intersect select unnest(me.theme_slugs)))
                       + case when o.country_code = me.country_code then 2 else 0 end
                       + (select count(*) from organisation_network n join my_networks m on m.network_id = n.network_id
                          where n.organisation_id = o.id) as closeness
                from organisation o join candidates c on c.id = o.id, me
                where o.publication_status = 'PUBLISHED'
                order by closeness desc, o.name_sort, o.id
                limit :limit)
            select c.id as "id",
                   (select code from unnest(me.country_codes) code where code = any(c.country_codes)
                    order by code <> me.country_code, code limit 1) as "sharedCountry",
                   (select t.slug from theme t where t.slug = any(me.theme_slugs) and t.slug = any(c.theme_slugs)
                    order by t.position limit 1) as "sharedTheme",
                   (select coalesce(n.acronym, n.name) from organisation_network theirs
                    join my_networks m on m.network_id = theirs.network_id join network n on n.id = theirs.network_id
                    where theirs.organisation_id = c.id order by n.name limit 1) as "sharedNetwork"
            from closest c, me
            order by c.closeness desc, c.name_sort, c.id""")
    List<Relation> findRelated(@Param("id") long id, @Param("limit") int limit);
}
