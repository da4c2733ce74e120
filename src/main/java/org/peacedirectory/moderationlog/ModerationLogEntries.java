package org.peacedirectory.moderationlog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ModerationLogEntries
        extends JpaRepository<ModerationLogEntry, Long>, JpaSpecificationExecutor<ModerationLogEntry> {

    List<ModerationLogEntry> findBySubmissionIdOrderByAtAscIdAsc(Long submissionId);

    List<ModerationLogEntry> findByOrganisationIdOrderByAtDescIdDesc(Long organisationId);

    Optional<ModerationLogEntry> findFirstBySubmissionIdOrderByAtDescIdDesc(Long submissionId);

    Optional<ModerationLogEntry> findFirstByOrganisationIdOrderByAtDescIdDesc(Long organisationId);
}
