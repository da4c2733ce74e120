package org.peacedirectory.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Networks extends JpaRepository<Network, Long> {

    @Query("select n from Network n where lower(n.name) = lower(:text) or lower(n.acronym) = lower(:text)")
    Optional<Network> findByNameOrAcronym(@Param("text") String text);

    boolean existsBySlug(String slug);
}
