package org.peacedirectory.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyRequests extends JpaRepository<SafetyRequest, Long> {}
