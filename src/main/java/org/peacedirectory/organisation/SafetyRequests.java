package org.peacedirectory.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafetyRequests extends JpaRepository<SafetyRequest, Long> {

    /** The requests waiting for a moderator with their profile's id, slug and name, oldest first. */
    @Query("""
            select o.id, o.slug, o.name, r.requestedByName, r.requestedAt
            from SafetyRequest r join Organisation o on o.id = r.organisationId
            order by r.requestedAt, o.id""")
    List<Object[]> waiting();
}
