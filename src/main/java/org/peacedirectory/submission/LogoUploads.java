package org.peacedirectory.submission;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface LogoUploads extends JpaRepository<LogoUpload, String> {

    /**
     * Deletes at most {@code batch} uploads older than the cutoff that no submission uses (forms that were
     * never sent), in a transaction of its own, and says how many. Rows locked by another transaction
     * (a submission being saved with one, another instance's clean-up) are skipped, not waited for.
     */
    @Transactional
    @Modifying
    @Query(value = """
            delete from logo_upload where token in (
                select l.token from logo_upload l where l.created_at < :cutoff
                and not exists (select 1 from submission s where s.logo_token = l.token)
                limit :batch for update of l skip locked)""", nativeQuery = true)
    int deleteUnusedOlderThan(@Param("cutoff") Instant cutoff, @Param("batch") int batch);
}
