package org.peacedirectory.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRevisions extends JpaRepository<OrganisationRevision, Long> {

    /** The profile's revisions, newest first, without their snapshots. */
    @Query("""
            select new org.peacedirectory.organisation.RevisionSummary(
                r.number, r.createdAt, r.approvedBy, r.submissionId)
            from OrganisationRevision r where r.organisationId = :id order by r.number desc""")
    List<RevisionSummary> summariesOf(@Param("id") Long organisationId);

    Optional<OrganisationRevision> findByOrganisationIdAndNumber(Long organisationId, int number);

    /** The revision before the one the submission made: the profile an approved change was applied to. */
    @Query("""
            select r from OrganisationRevision r
            where r.organisationId = :organisation and r.number = (
                select max(made.number) - 1 from OrganisationRevision made
                where made.organisationId = :organisation and made.submissionId = :submission)""")
    Optional<OrganisationRevision> findBeforeTheOneMadeBy(
            @Param("organisation") Long organisationId, @Param("submission") Long submissionId);

    /** The profile's last revision made at or before that time. */
    Optional<OrganisationRevision> findFirstByOrganisationIdAndCreatedAtLessThanEqualOrderByNumberDesc(
            Long organisationId, Instant at);

    /** The profile's first revision. */
    Optional<OrganisationRevision> findFirstByOrganisationIdOrderByNumberAsc(Long organisationId);

    @Query("select coalesce(max(r.number), 0) from OrganisationRevision r where r.organisationId = :id")
    int lastNumber(@Param("id") Long organisationId);
}
