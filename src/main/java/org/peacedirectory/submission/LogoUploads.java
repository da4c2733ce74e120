package org.peacedirectory.submission;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LogoUploads extends JpaRepository<LogoUpload, String> {

    /** Uploads older than the cutoff that no submission uses: forms that were never sent. */
    @Modifying
    @Query(value = """
            delete from logo_upload l where l.created_at < :cutoff
            and not exists (select 1 from submission s where s.logo_token = l.token)""", nativeQuery = true)
    int deleteUnusedOlderThan(@Param("cutoff") Instant cutoff);
}
