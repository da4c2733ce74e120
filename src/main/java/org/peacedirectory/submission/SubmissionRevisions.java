package org.peacedirectory.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRevisions extends JpaRepository<SubmissionRevision, Long> {

    List<SubmissionRevision> findBySubmissionIdOrderByNumber(Long submissionId);
}
