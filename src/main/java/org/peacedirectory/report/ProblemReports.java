package org.peacedirectory.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored reports. */
public interface ProblemReports extends JpaRepository<ProblemReport, Long> {

    Optional<ProblemReport> findByFormKey(String formKey);
}
