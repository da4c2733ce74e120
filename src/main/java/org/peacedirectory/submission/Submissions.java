package org.peacedirectory.submission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Submissions extends JpaRepository<Submission, Long> {

    Optional<Submission> findByTrackingToken(String trackingToken);

    Optional<Submission> findByFormToken(String formToken);

    Optional<Submission> findByReference(String reference);

    @Query(value = "select nextval('submission_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
