package org.peacedirectory.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRevisions extends JpaRepository<OrganisationRevision, Long> {

    List<OrganisationRevision> findByOrganisationIdOrderByNumberDesc(Long organisationId);

    Optional<OrganisationRevision> findByOrganisationIdAndNumber(Long organisationId, int number);

    @Query("select coalesce(max(r.number), 0) from OrganisationRevision r where r.organisationId = :id")
    int lastNumber(@Param("id") Long organisationId);
}
