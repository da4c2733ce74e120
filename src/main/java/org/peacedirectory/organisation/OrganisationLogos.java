package org.peacedirectory.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationLogos extends JpaRepository<OrganisationLogo, Long> {

    @Query("""
            select l from OrganisationLogo l where l.organisationId = (
                select o.id from Organisation o
                where o.slug = :slug and o.publicationStatus = PublicationStatus.PUBLISHED
                and o.safety.logo = Visibility.PUBLIC)""")
    Optional<OrganisationLogo> findPublishedBySlug(@Param("slug") String slug);
}
