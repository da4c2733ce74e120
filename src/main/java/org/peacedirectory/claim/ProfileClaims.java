package org.peacedirectory.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The claims of profiles. */
public interface ProfileClaims extends JpaRepository<ProfileClaim, Long> {

    Optional<ProfileClaim> findByFormKey(String formKey);

    Optional<ProfileClaim> findByConfirmationHash(String confirmationHash);

    /** The claims in these states, newest first, with their organisations (for the moderators' list). */
    @EntityGraph(attributePaths = "organisation")
    List<ProfileClaim> findTop200ByStatusInOrderByCreatedAtDesc(Collection<ClaimStatus> statuses);

    /** The latest accepted claim of that address, whatever its case: who signs in with it. */
    @Query("""
            select c from ProfileClaim c join fetch c.organisation
            where lower(c.email) = lower(?1) and c.status = org.peacedirectory.claim.ClaimStatus.ACCEPTED
            order by c.decidedAt desc, c.id desc limit 1""")
    Optional<ProfileClaim> findAcceptedByEmail(String email);

    boolean existsByIdAndStatus(Long id, ClaimStatus status);

    boolean existsByOrganisationIdAndStatus(Long organisationId, ClaimStatus status);

    List<ProfileClaim> findByOrganisationIdAndStatus(Long organisationId, ClaimStatus status);
}
